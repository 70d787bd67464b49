import { describe, expect, it } from 'vitest';
import { clusterEntities } from '../../src/entities/index.js';
import { at } from './mentions.js';
import { mentionName } from '../../src/entities/names.js';
import { isKnownName } from '../../src/entities/places.js';


describe('document-level LOC clean-up', () => {
  it('merges two spellings or names of one country into one entity', () => {
    const text = 'قال المرصد إن القتال تجدد في سورية، وإن المعارضة في سوريا تتقدم. وأضاف أن بريطانيا والمملكة المتحدة ...';
    const ents = clusterEntities(text, at(text, [['سورية', 'LOC'], ['سوريا', 'LOC'], ['بريطانيا', 'LOC'], ['المملكة المتحدة', 'LOC']]));
    const locs = ents.filter((e) => e.type === 'LOC');
    expect(locs).toHaveLength(2);
    expect(locs[0]!.mentions.map((m) => m.text)).toEqual(['سورية', 'سوريا']);
    expect(locs[1]!.mentions.map((m) => m.text)).toEqual(['بريطانيا', 'المملكة المتحدة']);
  });

  it('reads a standalone "المملكة" in Saudi news as the same LOC as السعودية', () => {
    const text = 'وصل وفد من السعودية إلى الرياض، وأكد أن المملكة ماضية في دعم الاقتصاد، وأن الاستثمار بالمملكة يتزايد.';
    const ents = clusterEntities(text, at(text, [['السعودية', 'LOC'], ['الرياض', 'LOC']]));
    const sa = ents.find((e) => e.type === 'LOC' && e.mentions.some((m) => m.text === 'السعودية'))!;
    expect(sa.mentions.map((m) => m.text)).toEqual(['السعودية', 'المملكة', 'المملكة']);
    for (const m of sa.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('adds no "المملكة" LOC when the document names another kingdom or the word is part of a name', () => {
    const uk = 'قالت الحكومة إن المملكة المتحدة ستغادر، وإن المملكة لن تدفع.';
    expect(clusterEntities(uk, at(uk, [['المملكة المتحدة', 'LOC']])).filter((e) => e.type === 'LOC')).toHaveLength(1);
    const embassy = 'أعلنت سفارة المملكة في سلطنة عمان أن الحالة مستقرة.';
    const ents = clusterEntities(embassy, at(embassy, [['عمان', 'LOC']]));
    expect(ents.some((e) => e.type === 'LOC' && e.name === 'المملكة')).toBe(false);
  });

  it('drops a LOC made only of a place head word', () => {
    const text = 'نقل المصابون إلى مستشفى في سلطنة عمان.';
    const ents = clusterEntities(text, at(text, [['سلطنة', 'LOC'], ['عمان', 'LOC']]), { rules: false });
    expect(ents.map((e) => e.name)).toEqual(['عمان']);
  });
});

describe('names and organisations', () => {
  it('strips one proclitic before a known place, not two', () => {
    const known = (f: string) => isKnownName(f);
    expect(mentionName('ولبنان', known)).toBe('لبنان');
    expect(mentionName('وبغداد', known)).toBe('بغداد');
    expect(mentionName('لبنان', known)).toBe('لبنان');
  });

  it('lists no nationality adjective as an organisation', () => {
    const text = 'وقال المسؤول اليوناني إن الاتفاق قريب.';
    const ents = clusterEntities(text, at(text, [['اليوناني', 'ORG']]), { rules: false });
    expect(ents).toHaveLength(0);
  });

  it('does not make the office of a person an organisation', () => {
    const text = 'اجتمع وفد من حركة حماس برئاسة خالد مشعل مع المسؤولين.';
    const ents = clusterEntities(text, at(text, [['حماس', 'ORG'], ['خالد مشعل', 'PERS']]));
    expect(ents.filter((e) => e.type === 'ORG').map((e) => e.name).join()).not.toContain('رئاسة');
    expect(ents.find((e) => e.type === 'PERS')?.name).toBe('خالد مشعل');
  });
});

describe('spelling variants of one organisation', () => {
  it('merges الأميركي and الأمريكي forms and the short name (corpus/claims-dev32 snn-h33-08, shortened)', () => {
    const text =
      'وافقت لجنة الطاقة بمجلس الشيوخ الأميركي على المشروع. وقال إن لجنة الطاقة بمجلس الشيوخ الأمريكي صوتت، وإن موافقة لجنة الطاقة جاءت بعد نقاش في مجلس الشيوخ الأمريكي ومجلس الشيوخ الأميركي.';
    const ents = clusterEntities(
      text,
      at(text, [
        ['لجنة الطاقة بمجلس الشيوخ الأميركي', 'ORG'],
        ['لجنة الطاقة بمجلس الشيوخ الأمريكي', 'ORG'],
        ['لجنة الطاقة', 'ORG'],
        ['مجلس الشيوخ الأمريكي', 'ORG'],
        ['مجلس الشيوخ الأميركي', 'ORG'],
      ]),
    );
    expect(ents.map((e) => [e.name, e.mentions.length])).toEqual([
      ['لجنة الطاقة بمجلس الشيوخ الأميركي', 3],
      ['مجلس الشيوخ الأمريكي', 2],
    ]);
  });
});

describe('streets and facilities named after people', () => {
  it('drops the person in شارع الملك فهد and مخطط الأمير تركي, keeps the person who speaks (corpus/claims-dev39, shortened)', () => {
    const text = 'وأوضح المهندس خالد العتيبي أن العمل يشمل ربط طرق الخدمة بمخطط الأمير تركي وشارع الملك فهد.';
    const ents = clusterEntities(text, at(text, [['خالد العتيبي', 'PERS'], ['تركي', 'PERS'], ['فهد', 'PERS']]));
    expect(ents.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['خالد العتيبي']);
  });

  it('keeps the person after عن طريق ("by way of") (shared dev snn-dev-02, shortened)', () => {
    const text = 'وسجل الهدف الأول من متابعة لتمريرة عرضية عن طريق ستيفانو ستورارو.';
    const ents = clusterEntities(text, at(text, [['ستيفانو ستورارو', 'PERS']]));
    expect(ents.map((e) => e.name)).toEqual(['ستيفانو ستورارو']);
  });
});

