import { describe, expect, it } from 'vitest';
import type { NerMention } from '../../src/ner/index.js';
import { clusterEntities } from '../../src/entities/index.js';
import { at } from './mentions.js';


const orgs = (text: string, items: [string, NerMention['type']][]) =>
  clusterEntities(text, at(text, items)).filter((e) => e.type === 'ORG');

describe('an organisation and its bracketed or quoted alias are one entity', () => {
  it('merges a short name in brackets right after the full name', () => {
    const text = 'وأشارت وكالة أنباء الصين الجديدة (شينخوا) إلى أن مسودة القواعد أثارت قلقا. ونقلت شينخوا عن مسؤول قوله إن القرار نهائي.';
    const es = orgs(text, [['وكالة أنباء الصين الجديدة', 'ORG'], ['شينخوا', 'ORG'], ['شينخوا', 'ORG']]);
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe('وكالة أنباء الصين الجديدة');
    expect(es[0]!.mentions.map((m) => m.text)).toEqual(['وكالة أنباء الصين الجديدة', 'شينخوا', 'شينخوا']);
  });

  it('merges a quoted alias and an alias after a quoted name', () => {
    const kuna = 'وتراجع النمو، بحسب وكالة الأنباء الكويتية "كونا". وأضافت كونا أن الأسعار ارتفعت.';
    expect(orgs(kuna, [['وكالة الأنباء الكويتية', 'ORG'], ['كونا', 'ORG'], ['كونا', 'ORG']])).toHaveLength(1);
    const isis = 'إن التنظيمات المتطرفة وعلى رأسها «الدولة الإسلامية» (داعش) انتزعت المبادرة.';
    expect(orgs(isis, [['الدولة الإسلامية', 'ORG'], ['داعش', 'ORG']])).toHaveLength(1);
  });

  it('merges initials split into several mentions inside the bracket', () => {
    const text = 'قال مكتب التحقيقات الاتحادي الأميركي (إف. بي. أي.) إن كمانا أثريا عاد إلى مالكه.';
    const es = orgs(text, [['مكتب التحقيقات الاتحادي الأميركي', 'ORG'], ['إف', 'ORG'], ['بي', 'ORG']]);
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe('مكتب التحقيقات الاتحادي الأميركي');
  });

  it('keeps apart a quote after a bare head noun, a quoted statement and a bracketed place', () => {
    const head = 'وشارك في الحملة المنظمة الدولية للهجرة ومنظمة "أنقذوا الأطفال". وقالت متحدثة إن الوضع صعب.';
    expect(orgs(head, [['المنظمة الدولية للهجرة ومنظمة', 'ORG'], ['أنقذوا الأطفال', 'ORG']])).toHaveLength(2);
    const quote = 'وقال الجيش العراقي "داعش ينهار في الموصل" وأضاف أن العمليات مستمرة.';
    expect(orgs(quote, [['الجيش العراقي', 'ORG'], ['داعش', 'ORG']])).toHaveLength(2);
    const place = 'وأعلنت شركة أسواق العثيم (جدة) عن فرع جديد.';
    const es = clusterEntities(place, at(place, [['شركة أسواق العثيم', 'ORG'], ['جدة', 'LOC']]));
    expect(es.find((e) => e.type === 'ORG')!.mentions.map((m) => m.text)).toEqual(['شركة أسواق العثيم']);
  });

  it('does not merge an alias the tagger reads as MISC (the cluster would stop being an ORG)', () => {
    const text = 'قالت بعثة الأمم المتحدة لمساعدة العراق (يونامي) إن الضحايا كثر، وأضافت يونامي أن العنف تراجع.';
    const es = clusterEntities(text, at(text, [['بعثة الأمم المتحدة لمساعدة العراق', 'ORG'], ['يونامي', 'MISC'], ['يونامي', 'MISC']]));
    expect(es.find((e) => e.name === 'بعثة الأمم المتحدة لمساعدة العراق')!.type).toBe('ORG');
  });
});

describe('well-known aliases of one organisation (models/entities/org-aliases.json)', () => {
  it('merges البنتاغون with وزارة الدفاع الأمريكية and keeps the full name', () => {
    const text = 'قالت وزارة الدفاع الأمريكية إن الضربات مستمرة. وأضاف متحدث باسم البنتاغون أن الطائرات عادت سالمة.';
    const es = orgs(text, [['وزارة الدفاع الأمريكية', 'ORG'], ['البنتاغون', 'ORG']]);
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe('وزارة الدفاع الأمريكية');
  });

  it('merges a listed alias that is not bracketed next to the full name', () => {
    const text = 'وذكرت وكالة الأنباء الكويتية أن النمو تباطأ. ونقلت كونا عن وزير المالية قوله إن العجز تراجع.';
    expect(orgs(text, [['وكالة الأنباء الكويتية', 'ORG'], ['كونا', 'ORG']])).toHaveLength(1);
  });

  it('keeps apart two listed bodies and an unlisted body', () => {
    const text = 'وقال البنتاغون إن الوفد سيزور المنطقة، فيما أعلنت وكالة الأنباء الكويتية ووزارة الخارجية الأمريكية الخبر.';
    expect(orgs(text, [['البنتاغون', 'ORG'], ['وكالة الأنباء الكويتية', 'ORG'], ['وزارة الخارجية الأمريكية', 'ORG']])).toHaveLength(3);
  });
});

describe('ORG mentions that name no organisation', () => {
  it('drops communities and common nouns the tagger reads as bodies', () => {
    const text = 'وقال عضو هيئة التدريس بجامعة طيبة إن الهجمات استهدفت الشيعة والأكراد، وأضاف أن غرفة العمليات تلقت بلاغا.';
    const es = orgs(text, [['هيئة التدريس', 'ORG'], ['جامعة طيبة', 'ORG'], ['الشيعة', 'ORG'], ['الأكراد', 'ORG'], ['غرفة العمليات', 'ORG']]);
    expect(es.map((e) => e.name)).toEqual(['جامعة طيبة']);
  });

  it('keeps named bodies that contain those words', () => {
    const text = 'وأعلن المجلس الإسلامي الشيعي الأعلى ووحدات حماية الشعب الكردية وغرفة عمليات جيش الفتح مواقفها.';
    const es = orgs(text, [['المجلس الإسلامي الشيعي الأعلى', 'ORG'], ['وحدات حماية الشعب الكردية', 'ORG'], ['غرفة عمليات جيش الفتح', 'ORG']]);
    expect(es).toHaveLength(3);
  });
});
