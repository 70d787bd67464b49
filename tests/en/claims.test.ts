// Sentences are single-sentence excerpts from BBC News reports (2004–05) and other public news wording, used as
// fixtures only; each row gives the claim qawl must find.
import { describe, expect, it } from 'vitest';
import { extractEnglish } from '../../src/en/index.js';

interface Row {
  text: string;
  cue: string;
  speaker: string | null;
  name?: string;
  content: string;
  direct: boolean;
  stance: string;
  role?: string;
}

const rows: Row[] = [
  { text: 'Mr Straw said he hoped the agreement would make a difference to Kashmiris.', cue: 'said', speaker: 'Mr Straw', content: 'he hoped the agreement would make a difference to Kashmiris', direct: false, stance: 'assert' },
  { text: 'But a Microsoft spokeswoman confirmed that it would not be at GDC.', cue: 'confirmed', speaker: 'a Microsoft spokeswoman', content: 'it would not be at GDC', direct: false, stance: 'assert' },
  { text: '"Britain is now broadband Britain," said Duncan Ingram, BT\'s managing director.', cue: 'said', speaker: 'Duncan Ingram', content: 'Britain is now broadband Britain', direct: true, stance: 'assert', role: "BT's managing director" },
  { text: '"The football sector is experiencing significant changes and uncertainty," Mr Murray said in a statement.', cue: 'said', speaker: 'Mr Murray', content: 'The football sector is experiencing significant changes and uncertainty', direct: true, stance: 'assert' },
  { text: 'Arsenal vice-chairman David Dein has said the club may consider seeking a full listing for its shares.', cue: 'said', speaker: 'David Dein', content: 'the club may consider seeking a full listing for its shares', direct: false, stance: 'assert', role: 'Arsenal vice-chairman' },
  { text: 'Mr Dein also warned the current level of TV coverage of the Premiership may be reaching saturation level.', cue: 'warned', speaker: 'Mr Dein', content: 'the current level of TV coverage of the Premiership may be reaching saturation level', direct: false, stance: 'warn' },
  { text: 'Sri Lanka faces a $1.3bn bill in 2005 for reconstruction after the tsunami, its central bank says.', cue: 'says', speaker: 'its central bank', content: 'Sri Lanka faces a $1.3bn bill in 2005 for reconstruction after the tsunami', direct: false, stance: 'assert' },
  { text: 'According to Mr Mendis, half the IMF support could come from a freeze on debt repayments.', cue: 'According to', speaker: 'Mr Mendis', content: 'half the IMF support could come from a freeze on debt repayments', direct: false, stance: 'assert' },
  { text: 'Upload speeds will remain at the same speed, said Mr Ingram.', cue: 'said', speaker: 'Mr Ingram', content: 'Upload speeds will remain at the same speed', direct: false, stance: 'assert' },
  { text: 'British Telecom has said it will double the broadband speeds of most of its home and business customers.', cue: 'said', speaker: 'British Telecom', content: 'it will double the broadband speeds of most of its home and business customers', direct: false, stance: 'assert' },
  { text: 'Rory Armes, studio general manager for Electronic Arts in Europe, recently told the BBC News website in an interview that EA was beginning to get a sense of the new machines.', cue: 'told', speaker: 'Rory Armes', content: 'EA was beginning to get a sense of the new machines', direct: false, stance: 'assert', role: 'studio general manager for Electronic Arts in Europe' },
  { text: 'The United Nations has called for urgent funding, warning that the risk of disease was rising.', cue: 'called for', speaker: 'The United Nations', content: 'urgent funding', direct: false, stance: 'demand' },
  { text: 'Opposition leaders accused the government of rigging the vote.', cue: 'accused', speaker: 'Opposition leaders', content: 'the government of rigging the vote', direct: false, stance: 'accuse' },
  { text: 'The ministry denied that any civilians had been killed in the raid.', cue: 'denied', speaker: 'The ministry', content: 'any civilians had been killed in the raid', direct: false, stance: 'deny' },
  { text: 'The company announced on Monday that it would cut 2,000 jobs.', cue: 'announced', speaker: 'The company', content: 'it would cut 2,000 jobs', direct: false, stance: 'announce' },
  { text: 'Her spokesman urged supporters to stay calm.', cue: 'urged', speaker: 'Her spokesman', content: 'supporters to stay calm', direct: false, stance: 'demand' },
];

describe('English claims from news sentences', () => {
  it.each(rows)('$text', async (row) => {
    const { claims } = await extractEnglish(row.text);
    const c = claims.find((x) => x.cue.text === row.cue);
    expect(c, `no claim with cue ${row.cue}: ${JSON.stringify(claims.map((x) => x.cue.text))}`).toBeDefined();
    expect(c!.content.text).toBe(row.content);
    expect(c!.speaker?.text ?? null).toBe(row.speaker);
    expect(c!.direct).toBe(row.direct);
    expect(c!.stance).toBe(row.stance);
    if (row.role) expect(c!.speaker?.role).toBe(row.role);
  });

  it('finds no claim in narration', async () => {
    const { claims } = await extractEnglish(
      'The bus service was one of several announcements made after a meeting of foreign ministers in Islamabad on Wednesday. He spoke at the conference.',
    );
    expect(claims).toEqual([]);
  });

  it('splits a quotation interrupted by the attribution and continues unattributed quotes', async () => {
    const text = '"This will make a real difference," he said. "I warmly applaud the efforts of both India and Pakistan."';
    const { claims } = await extractEnglish('Foreign Secretary Jack Straw visited Amritsar. ' + text);
    expect(claims.map((c) => [c.content.text, c.cue.text, c.speaker?.name, c.direct])).toEqual([
      ['This will make a real difference', 'said', 'Jack Straw', true],
      ['I warmly applaud the efforts of both India and Pakistan', 'said', 'Jack Straw', true],
    ]);
  });

  it('resolves pronouns and last names to the fullest name', async () => {
    const text = 'Sunderland chairman Bob Murray has launched a bid for the club. Mr Murray said the club would find it easier to attract investment. He also stressed that fans could keep a small number of shares.';
    const { claims, entities } = await extractEnglish(text);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['Bob Murray', 'Bob Murray']);
    const murray = entities.find((e) => e.name === 'Bob Murray');
    expect(murray?.type).toBe('PERS');
    expect(murray?.mentions.map((m) => m.text)).toEqual(['Bob Murray', 'Mr Murray']);
  });

  it('reads a colon-introduced quotation that runs to the paragraph end', async () => {
    const { claims } = await extractEnglish('Duncan Ingram spoke to reporters. He added: "Ninety percent of our customers will see real increases in speed.\n\nThe rest will follow.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ direct: true, cue: { text: 'added' }, content: { text: 'Ninety percent of our customers will see real increases in speed' } });
    expect(claims[0]!.speaker?.name).toBe('Duncan Ingram');
  });
});
