import { describe, expect, it } from 'vitest';
import { commentThreadStart } from './comment-thread.ts';

const P = 'Die Stadt hat am Montag beschlossen, den Marktplatz bis zum Sommer umzubauen und dabei die alten Bäume zu erhalten, wie der Bürgermeister sagte.';
const thread = (lines: string[]) => {
  const texts = lines.map((l) => l.trim());
  return commentThreadStart(texts, texts.map((t) => (t.endsWith('.') && t.split(' ').length > 12 ? t.split(' ').length : 0)));
};

describe('commentThreadStart', () => {
  it('starts at "3 Kommentare" when handles and reply buttons follow', () => {
    const lines = [P, P, P, P, '3 Kommentare', 'Gitta sagt:', '22. Dezember 2019 um 11:16 Uhr', 'Danke für den Bericht!', 'Antworten'];
    expect(thread(lines)).toBe(4);
  });
  it('ignores a comment counter under the headline, before the text', () => {
    expect(thread(['Schneeräumpflicht: Das sollten Sie wissen', '4 Kommentare', P, P, P, P])).toBe(-1);
  });
  it('does not take a teaser list with time stamps for a thread', () => {
    expect(thread([P, P, P, P, 'vor 14 Stunden', 'Olympia: Ein Teaser', 'vor 15 Stunden', 'Noch ein Teaser', 'vor 16 Stunden'])).toBe(-1);
  });
  it('starts at a handle followed by more marks, without a header', () => {
    expect(thread([P, P, P, P, 'Baschurr says:', '22. Juli 2019 at 16:25', 'Schöne Folge.', 'Antworten'])).toBe(4);
  });
});
