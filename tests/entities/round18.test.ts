/**
 * Round 18: the cabinet of a person (حكومة نجاد، حكومة خادم الحرمين الشريفين) is no organisation name.
 * Sentences from the annotated sets, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const names = async (text: string, type: string) => (await extract(text)).entities.filter((e) => e.type === type).map((e) => e.name);
const orgs = (text: string) => names(text, 'ORG');

describe('round 18: the cabinet of a person', () => {
  it.each([
    ['وأكد أن المملكة بتوجيهات حكومة خادم الحرمين الشريفين تقدم الدعم للشعب اليمني.', 'حكومة خادم'],
    ['وكشف عن ظهور ملفات فساد لأعضاء حكومة نجاد السابقة.', 'حكومة نجاد'],
    ['وقال إن حكومة رئيس الوزراء حيدر العبادي تواجه ضغوطا كبيرة.', 'حكومة رئيس'],
  ])('%s', async (text, name) => {
    expect((await orgs(text)).some((n) => n.includes(name))).toBe(false);
  });

  it('a government named by its country stays', async () => {
    expect(await orgs('وقالت الحكومة اليمنية إن المساعدات وصلت.')).toContain('الحكومة اليمنية');
  });
});

const locs = (text: string) => names(text, 'LOC');

describe('round 18: second-tier known places need a place context', () => {
  it.each([
    ['وقالت مصادر إن القتال تجدد في محافظتي عدن وتعز خلال الأسبوعين الماضيين.', 'عدن'],
    ['واستهدفت الغارات مواقع للمتمردين في مناطق مختلفة في صعدة.', 'صعدة'],
    ['وأفادت مصادر محلية بتقدم المقاومة الشعبية صوب مديريتي يريم والرضمة.', 'يريم'],
  ])('%s', async (text, name) => {
    expect(await locs(text)).toContain(name);
  });

  it.each([
    ['وأضاف أن شركاءنا في الخليج كانوا دوما شركاء أقوياء في قضايا أمنية.', 'دوما'],
    ['لكنه أشار إلى أن العقبة التي تقف في وجه القوات ليست مرتبطة بالتخطيط.', 'العقبة'],
    ['وتعاقب نظاميا عن كل تهمة ذكرتها بعقوبة تعزيرية مشددة.', 'بعقوبة'],
  ])('a common word spelled like a place stays out: %s', async (text, name) => {
    expect((await locs(text)).some((n) => n.includes(name))).toBe(false);
  });
});

describe('round 18: a definite name after a head that only names places', () => {
  it.each([
    ['وأسفر الانفجار عن تدمير منزل أمين شرطة بحي الكرامة جنوب العريش.', 'حي الكرامة'],
    ['وقال إن المقاتلين الآن قريبون من حي التأميم داخل المدينة.', 'حي التأميم'],
    ['وتقدمت القوات نحو حي الموظفين في المدينة.', 'حي الموظفين'],
    ['وتجمع المحتجون أمام مسجد في حي الشيخ رضوان وسط المدينة.', 'حي الشيخ رضوان'],
  ])('%s', async (text, name) => {
    expect(await locs(text)).toContain(name);
  });

  it.each([
    ['وأدى التقدم في المحادثات إلى تراجع أسعار النفط.', 'وأدى'],
    ['ويعيش اللاجئون في مخيم اللاجئين منذ سنوات.', 'مخيم'],
    ['وقال إن جبل الشيخ في الجولان شهد تساقط الثلوج.', 'جبل الشيخ في'],
  ])('not a place name: %s', async (text, name) => {
    expect((await locs(text)).some((n) => n.includes(name))).toBe(false);
  });
});

describe('round 18: a canal is a place, not a channel', () => {
  it('قناة السويس الجديدة', async () => {
    const text = 'وأوضح السيسي أن قناة السويس الجديدة ستساهم في إثراء حركة الملاحة الدولية.';
    expect((await locs(text)).some((n) => n.startsWith('قناة السويس'))).toBe(true);
    expect((await orgs(text)).some((n) => n.includes('قناة السويس'))).toBe(false);
  });

  it('a channel named by a city stays a broadcaster', async () => {
    expect((await locs('وقال في مقابلة مع قناة دبي إن المفاوضات مستمرة.')).some((n) => n.includes('قناة'))).toBe(false);
  });
});
