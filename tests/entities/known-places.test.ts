/**
 * Places the tagger misses but tags almost everywhere else (models/gazetteers/known-places.json): governorates
 * in a list, cities after a verb. Words that are places only now and then stay unmarked. Sentences from Yemeni
 * and Saudi news, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract, tokenize } from '../../src/index.js';
import { adjectivalPlaces, knownPlaceMentions } from '../../src/entities/known-places.js';

const locs = async (text: string) => {
  const doc = await extract(text);
  return doc.entities.filter((e) => e.type === 'LOC').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
};

describe('known places', () => {
  it('marks the cities of a list, without their و', async () => {
    const text = 'وشارك في اللقاء ممثلون عن لحج وذمار والقطيف.';
    expect(await locs(text)).toEqual(expect.arrayContaining(['لحج', 'ذمار', 'القطيف']));
  });

  it('marks تعز after في and links it to Yemen', async () => {
    const text = 'وأضاف أن الحوثيين سيتعرضون لحصار قوي خاصة بعد النجاحات التي حققتها المقاومة في تعز ومأرب والضالع.';
    const doc = await extract(text);
    const taizz = doc.entities.find((e) => e.type === 'LOC' && e.name === 'تعز');
    expect(taizz).toBeDefined();
    expect(doc.places.find((p) => p.entityId === taizz!.id)?.countryCode).toBe('YE');
  });

  it('goes on along a list from a place it marked itself: في تعز ومأرب والضالع وعدن', async () => {
    const text = 'وأشار إلى أن الحوثيين تعرضوا لحصار قوي بعد النجاحات التي حققتها المقاومة في تعز ومأرب والضالع وعدن.';
    expect(await locs(text)).toEqual(expect.arrayContaining(['تعز', 'مأرب', 'الضالع', 'عدن']));
  });

  it('major places the tagger often misses, in a place context: جنوب الطائف، في الموصل', async () => {
    expect(await locs('كرّم أهالي قرية كتنة في محافظة ميسان - 100 كيلومتر جنوب الطائف – 33 متفوقا.')).toContain('الطائف');
    expect(await locs('وقال شهود ومصادر في مشرحة في الموصل إن معظم عمليات الإعدام جرت أمس.')).toContain('الموصل');
  });

  it('a country needs no place context once its adjective use is set aside', async () => {
    expect(await locs('ونشرت قوات التحالف العربي الذي تقوده السعودية مئات الجنود حول مدينة عدن.')).toContain('السعودية');
    expect(await locs('أغلق سوق الأسهم السعودية أمس على ارتفاع.')).not.toContain('السعودية');
  });

  it('a holy site\'s adjective is no organisation (المسجد الحرام، بيت الله الحرام), and the imam\'s name is still found', async () => {
    const doc = await extract('وقال إمام وخطيب المسجد الحرام الدكتور سعود الشريم إن قتل المصلين جريمة. وأكد وجود مشروعات مرتبطة بالمسجد الحرام والمسجد النبوي.');
    expect(doc.entities.map((e) => e.name)).not.toContain('الحرام');
    expect(doc.claims[0]!.speaker?.name).toBe('سعود الشريم');
  });

  it('leaves a word that is a place only now and then: الخبر (the news)', async () => {
    expect(await locs('وأكد المتحدث أن الخبر الذي نشرته الصحيفة غير صحيح.')).not.toContain('الخبر');
  });

  it('skips a nisba-shaped place after a definite word (an adjective), keeps it after a preposition', () => {
    const adj = 'وقعت الشركة الإسكندرية للملاحة عقدا جديدا.';
    expect(knownPlaceMentions(adj, tokenize(adj), [])).toEqual([]);
    const place = 'وصل الوفد إلى الإسكندرية أمس.';
    expect(knownPlaceMentions(place, tokenize(place), []).map((m) => place.slice(m.start, m.end))).toEqual(['الإسكندرية']);
  });

  it('adds nothing inside a mention the tagger or the rules already made', () => {
    const text = 'وصل الوفد إلى جدة أمس.';
    const at = text.indexOf('جدة');
    expect(knownPlaceMentions(text, tokenize(text), [{ start: at, end: at + 3, text: 'جدة', type: 'LOC' }])).toEqual([]);
  });

  it('a nisba place word after a definite noun is an adjective, not the country', async () => {
    expect(await locs('أغلق سوق الأسهم السعودية أمس في بداية تداولات الأسبوع على ارتفاع.')).not.toContain('السعودية');
    expect(await locs('وصل الوفد إلى السعودية أمس.')).toContain('السعودية');
  });

  it('keeps the place inside an organisation name', () => {
    const text = 'وأعلنت الشركة السعودية للصناعات الأساسية عن توزيع أرباح.';
    const s = text.indexOf('السعودية');
    const loc = { start: s, end: s + 8, text: 'السعودية', type: 'LOC' as const };
    const org = { start: text.indexOf('الشركة'), end: text.indexOf(' عن'), text: 'الشركة السعودية للصناعات الأساسية', type: 'ORG' as const };
    expect(adjectivalPlaces(tokenize(text), [loc, org]).size).toBe(0);
    expect([...adjectivalPlaces(tokenize(text), [loc])]).toEqual([loc]);
  });

  it('regions cities15000 lacks are places with a country (models/gazetteers/admin-regions.json)', async () => {
    const doc = await extract('وشهدت منطقة عسير أمطارا غزيرة، كما امتدت إلى القصيم وحضرموت ونينوى.');
    const byName = new Map(doc.places.map((p) => [p.name, p.countryCode]));
    expect(byName.get('عسير')).toBe('SA');
    expect(byName.get('القصيم')).toBe('SA');
    expect(byName.get('حضرموت')).toBe('YE');
    expect(byName.get('نينوى')).toBe('IQ');
  });
});
