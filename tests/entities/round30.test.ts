/** Round 30: a body's name runs over the field it serves (real sentences of SaudiNewsNet articles, shortened). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const orgs = async (text: string) => (await extract(text)).entities.filter((e) => e.type === 'ORG').map((e) => e.name);

describe('round 30: a definite head and its adjective go on over the ل-genitive of their field', () => {
  it.each([
    ['حذرت الهيئة العامة للغذاء والدواء من تناول الأغذية المكشوفة.', 'الهيئة العامة للغذاء والدواء'],
    ['وقال البنك السعودي للتسليف والادخار إنه لم يصدر أي إعفاء للمقترضين.', 'البنك السعودي للتسليف والادخار'],
    ['وقالت الهيئة العامة للسياحة والتراث الوطني إن الموسم ناجح.', 'الهيئة العامة للسياحة والتراث الوطني'],
    ['توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها طقسا حارا.', 'الرئاسة العامة للأرصاد وحماية البيئة'],
    ['وأشاد مدير الاتحاد العربي للكرة الطائرة جلال حمزة بتنظيم البطولة.', 'الاتحاد العربي للكرة الطائرة'],
    ['أعلنت اللجنة العامة للانتخابات البلدية اكتمال جميع الاستعدادات.', 'اللجنة العامة للانتخابات البلدية'],
  ])('%s', async (text, name) => {
    expect(await orgs(text)).toContain(name);
  });

  it('… and a later mention by the head joins it (وأوضحت الهيئة أن …)', async () => {
    const d = await extract('حذرت الهيئة العامة للغذاء والدواء من تناول الأغذية المكشوفة. وأوضحت الهيئة أن منع دخول الأغذية يأتي حفاظا على الصحة.');
    expect(d.claims.map((c) => c.speaker?.name)).toEqual(['الهيئة العامة للغذاء والدواء', 'الهيئة العامة للغذاء والدواء']);
  });

  it('but not over a time, a purpose with its own complement, or a second field', async () => {
    expect(await orgs('وأكد البنك المركزي للمرة الثانية أن الفائدة ثابتة.')).toEqual(['البنك المركزي']);
    expect(await orgs('وقال عضو في البرلمان الألماني للسفر إلى شبه جزيرة القرم إن الزيارة مهمة.')).not.toContain('البرلمان الألماني للسفر');
    expect((await orgs('وقالت الوكالة الدولية للطاقة الذرية للمراكز النووية إن التفتيش مستمر.')).some((n) => n.includes('للمراكز'))).toBe(false);
  });

  it('a name after the field is a person, not a place behind ب (الجمعية الملكية المغربية للكرة الطائرة بشرى حجيج)', async () => {
    const d = await extract('من جهتها رحبت رئيسة الجمعية الملكية المغربية للكرة الطائرة بشرى حجيج بجميع الوفود العربية.');
    expect(d.entities.filter((e) => e.type === 'ORG').map((e) => e.name)).toEqual(['الجمعية الملكية المغربية للكرة الطائرة']);
  });
});

