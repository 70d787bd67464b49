/**
 * Round 18b: organisation names – تنظيم as a verbal noun, boards and managements, the cabinet inside an office
 * title, agencies as a report's source, bodies named by a nationality, bodies located in a region, services named
 * by their region, and one body named with and without its location. Sentences from the annotated sets and the
 * unlabeled news, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const names = async (text: string, type: string) => (await extract(text)).entities.filter((e) => e.type === type).map((e) => e.name);
const orgs = (text: string) => names(text, 'ORG');
const locs = (text: string) => names(text, 'LOC');
const none = async (text: string, part: string) => expect((await orgs(text)).some((n) => n.includes(part))).toBe(false);

describe('round 18b: تنظيم opens a name only before a name', () => {
  it.each([
    ['وأكد أن المملكة نجحت في تنظيم البطولات العربية خلال الأعوام الماضية.', 'تنظيم البطولات'],
    ['ويعمل في تنظيم الفعاليات عدد من المتطوعين من الشباب.', 'تنظيم الفعاليات'],
    ['وشدد على الحذر الشديد قبل تنظيم مثل هذه الأنشطة الاستفزازية.', 'تنظيم مثل'],
    ['وأضاف أن الحركة المرورية المؤدية إلى الحرم انسيابية.', 'الحركة المرورية'],
  ])('%s', async (text, part) => none(text, part));

  it('تنظيم داعش stays', async () => {
    expect((await orgs('وأعلن تنظيم داعش مسؤوليته عن الهجوم.')).some((n) => n.includes('داعش'))).toBe(true);
  });
});

describe('round 18b: a board or a management is not a body of its own', () => {
  it.each([
    ['وقرر مجلس إدارة شركة المياه الوطنية رفع رأس المال.', 'مجلس إدارة'],
    ['وأكد لـ "الاقتصادية" مصدر خاص أن إدارة النادي الأهلي حولت مسار مفاوضاتها.', 'إدارة النادي'],
  ])('%s', async (text, part) => none(text, part));

  it('a department keeps its name (إدارة الشؤون المعنوية)', async () => {
    expect((await orgs('وقع الهجوم قرب مقر إدارة الشؤون المعنوية للجيش اليمني.')).some((n) => n.startsWith('إدارة الشؤون'))).toBe(true);
  });
});

describe('round 18b: مجلس الوزراء inside an office title', () => {
  it('is not listed', async () => {
    await none('واستقبل الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الوفد.', 'مجلس الوزراء');
  });

  it('is listed where it acts', async () => {
    expect(await orgs('وقرر مجلس الوزراء في جلسته أمس الموافقة على النظام.')).toContain('مجلس الوزراء');
  });
});

describe('round 18b: الفرنسية and الألمانية as a report source', () => {
  it.each([
    ['وبحسب "الفرنسية"، فقد أوضح رئيس الوفد أن المفاوضات تجري بشكل جيد.', 'الفرنسية'],
    ['ووفقا لـ "الألمانية"، فقد أعلنت الشركة خفض الإنتاج.', 'الألمانية'],
  ])('%s', async (text, name) => {
    expect((await orgs(text)).some((n) => n.includes(name) || n === 'فرانس برس' || n === 'وكالة الأنباء الألمانية')).toBe(true);
  });

  it.each([
    ['ومنع الطلاب من استعمال «الفرنسية» في المدارس.', 'الفرنسية'],
    ['وتصدت له قوات فرنسية في شمال البلاد.', 'فرنسية'],
    ['وقالت الحكومة الألمانية إنها تدرس الطلب.', 'الألمانية|'],
  ])('not the agency: %s', async (text, part) => {
    const os = await orgs(text);
    expect(os).not.toContain('فرانس برس');
    expect(os).not.toContain('وكالة الأنباء الألمانية');
    expect(os.some((n) => n === part)).toBe(false);
  });
});

describe('round 18b: bodies named by a nationality agreeing with them', () => {
  it.each([
    ['وأوضحت السفارة اليمنية أن الرحلات ستستأنف.', 'السفارة اليمنية'],
    ['وأنزلت سفينة البحرية الألمانية نحو 88 مهاجرا.', 'البحرية الألمانية'],
    ['وتعادل المنتخب العراقي مع نظيره الإيراني.', 'المنتخب العراقي'],
    ['وبث التلفزيون السوري مشاهد من المدينة.', 'التلفزيون السوري'],
  ])('%s', async (text, name) => {
    expect(await orgs(text)).toContain(name);
  });

  it.each([
    ['وقال إنه سيترك المنتخب الوطني بعض الوقت.', 'المنتخب الوطني'],
    ['وطالب بحرية التحرك لتوصيل المواد الغذائية.', 'بحرية'],
    ['وقال السفير لمحطة التلفزيون الكينية إن الوضع هادئ.', 'التلفزيون الكينية'],
  ])('not a body: %s', async (text, part) => none(text, part));
});

describe('round 18b: a body located in a region keeps the place in its name', () => {
  it.each([
    ['وأعلنت الشؤون الصحية بمنطقة حائل تسجيل حالتين.', 'الشؤون الصحية بمنطقة حائل'],
    ['وقالت أمانة منطقة حائل إنها أزالت المخالفات.', 'أمانة منطقة حائل'],
    ['ودعت إدارة التعليم بمحافظة ينبع المعلمين إلى الحضور.', 'إدارة التعليم بمحافظة ينبع'],
    ['وقال المتحدث باسم شرطة العاصمة المقدسة إن المتهم أوقف.', 'شرطة العاصمة المقدسة'],
  ])('%s', async (text, name) => {
    expect(await orgs(text)).toContain(name);
  });

  it('the region stays a place', async () => {
    expect(await locs('وباشرت فرق حرس الحدود بالمنطقة الشرقية عدة حالات.')).toContain('المنطقة الشرقية');
  });

  it('the seat of a province is a place, not a body', async () => {
    await none('وسيطر المسلحون على مركز محافظة ديالى.', 'مركز محافظة');
  });

  it('one body named with and without its location is one record', async () => {
    const os = await orgs('وقال قائد حرس الحدود بالمنطقة الشرقية إن دوريات حرس الحدود أنقذت صيادين.');
    expect(os.filter((n) => n.startsWith('حرس الحدود'))).toHaveLength(1);
  });
});

describe('round 18b: services named by their region', () => {
  it.each([
    ['وأوضح الناطق الإعلامي بصحة جازان أن المصاب غادر المستشفى.', 'صحة جازان'],
    ['ويمكن للمعينين في تعليم نجران حجز موعد المقابلة.', 'تعليم نجران'],
    ['وكشفت إمارة منطقة مكة المكرمة عن القبض على أحد الأشخاص.', 'إمارة منطقة مكة المكرمة'],
    ['واستأنفت جوازات منطقة حائل تصحيح أوضاع الأشقاء اليمنيين.', 'جوازات منطقة حائل'],
  ])('%s', async (text, name) => {
    expect(await orgs(text)).toContain(name);
  });

  it.each([
    ['ويؤثر التدخين في صحة القلب على المدى الطويل.', 'صحة القلب'],
    ['وتراجعت الأسعار مع مرور الوقت.', 'مرور الوقت'],
    ['وانخفضت الأسعار بعد مرور «أول الموسم».', 'أول الموسم'],
  ])('a common noun: %s', async (text, part) => none(text, part));

  it('إمارة دبي stays a place', async () => {
    await none('وقال حاكم إمارة دبي إن المشروع سيكتمل.', 'إمارة دبي');
  });
});

const persons = (text: string) => names(text, 'PERS');

describe('round 18b: PERS mentions that name no person of the report', () => {
  it.each([
    ['وقال إن فريقه استعد جيدا للموسم الجديد من دوري عبداللطيف جميل للمحترفين.', 'جميل'],
    ['وأكد أن المملكة ستظل بحول الله وقوته متمسكة بالنهج القويم.', 'الله'],
  ])('%s', async (text, part) => {
    expect((await persons(text)).some((n) => n.includes(part))).toBe(false);
  });

  it('a first name spelled دوري stays a person (دوري جولد)', async () => {
    expect((await persons('وقال دوري جولد مدير عام وزارة الخارجية الإسرائيلية إن المحادثات متعثرة.')).some((n) => n.includes('جولد'))).toBe(true);
  });
});
