/**
 * What an English page says to its reader rather than about its subject:
 * the counterpart of the German phrases in `./prompt-rules.ts` (cookie
 * banners, newsletter and subscription prompts, share buttons, "Related",
 * "Read more", "Advertisement", navigation words). Each rule fires only on
 * lines short enough to be such a prompt, so a report quoting one stays.
 */
import type { PromptRule } from './prompt-rules.ts';

/** A site speaking of its own cookies ("We use cookies", "you agree to our use of cookies"); a report on someone's cookies does not. */
const COOKIE =
  /\b(?:we|this (?:site|website)|our (?:site|website))\b.{0,40}\bcookies?\b|\bcookies?\b.*\b(?:you (?:agree|accept|consent)|your (?:consent|experience|preferences|settings|device|browser))|\bour use of cookies\b|\b(?:Accept all|Reject all|Accept cookies|Manage (?:preferences|consent|cookies)|Privacy settings|Cookie settings|Cookie policy)(?![\p{L}\p{N}])/iu;

const NEWSLETTER =
  /\bsign up\b.*\b(?:newsletter|briefing|bulletin|alerts?)\b|\b(?:newsletter|briefing)\b.*\b(?:sign up|subscribe|inbox|delivered)\b|\bin your inbox\b|^Newsletters?$|\bGet (?:our|the) .{0,30}(?:newsletter|briefing)\b/iu;

const PAYWALL =
  /\b(?:Subscribe (?:now|today|to (?:continue|read|unlock))|Already a (?:subscriber|member)|Sign in to (?:continue|read)|Log in to (?:continue|read)|Create (?:a )?(?:free )?account|Register for free|(?:for|to) subscribers only|Support (?:our|independent) journalism|Donate now|Become a (?:member|subscriber)|Start your (?:free )?trial)(?![\p{L}\p{N}])/iu;

const APP = /\b(?:App Store|Google Play|Download (?:our|the) app|Get the app|push notifications)(?![\p{L}\p{N}])/iu;

const SHARE =
  /^(?:Share|Share this(?: article| story| page| post)?|Tweet|Email|E-mail|Print|Copy link|Save|Save article|Follow us.*|Follow .{1,30} on (?:X|Twitter|Facebook|Instagram|LinkedIn))$|\bShare (?:on|via) (?:Facebook|X|Twitter|LinkedIn|WhatsApp|Email)\b/iu;

const COMMENT_FORM =
  /\b(?:Leave a (?:Comment|Reply)|Comments? (?:are|is) (?:closed|disabled)|Your email address will not be published|Required fields are marked|Post a comment|Join the (?:conversation|discussion)|(?:View|Show|Load) comments)(?![\p{L}\p{N}])/iu;

const RELATED =
  /^(?:Related(?: (?:articles|stories|content|news|topics|coverage|reading|posts))?|See also|More (?:on|from|about) .{1,40}|More (?:stories|news|articles)|Read next|Recommended(?: for you| stories| reading)?|Most (?:read|popular|viewed|shared)|Trending(?: now)?|Latest (?:news|stories)|You (?:may|might) (?:also )?(?:like|be interested in)|Also read|Further reading|Top stories|Editor'?s picks|(?:Previous|Next) (?:article|post|story)|Tags?|Topics?|Filed under.*|Posted in .*|Categories?)\s*[:.…]*$/iu;

const READ_MORE = /^(?:Read more|Read also|Also read|Read next|More on this story)\s*(?:[-–—:]|$)/iu;

const AUTHOR_BOX = /^(?:About the author|About us|About me)\s*[:.]?$/iu;

const AD =
  /^(?:Advertisement|Advert|Ad|Sponsored(?: content)?|Promoted|Partner content|Paid (?:content|post)|Story continues below(?: advertisement)?|Continue reading below|Scroll to continue(?: with content)?)$|\b(?:affiliate links?|we may earn a commission)(?![\p{L}\p{N}])/iu;

const RIGHTS = /\b(?:All rights reserved|may not be (?:published|reproduced|broadcast|redistributed))(?![\p{L}\p{N}])/iu;

/** Navigation and interface words; a line made only of them (also run together with separators) is site furniture. */
const NAV_WORDS = [
  'Home', 'Menu', 'Search', 'News', 'Sport', 'Business', 'Politics', 'World', 'Opinion', 'Culture', 'Video', 'Videos',
  'Podcast', 'Podcasts', 'Live', 'Log in', 'Login', 'Sign in', 'Sign up', 'Register', 'Subscribe', 'Contact', 'Contact us',
  'Privacy', 'Privacy policy', 'Terms', 'Terms of use', 'Accessibility', 'Facebook', 'Twitter', 'X', 'Instagram', 'LinkedIn',
  'WhatsApp', 'Back to top', 'Skip to content', 'Close', 'More', 'Comments',
];
const NAV = new RegExp(`^(?:(?:${NAV_WORDS.join('|')})\\s*[|·•/,]?\\s*)+$`, 'iu');

/** English prompt rules, in the order they are tried (the German order; navigation last). */
export const ENGLISH_PROMPT_RULES: readonly PromptRule[] = [
  { id: 'cookie-consent', pattern: COOKIE, maxWords: 90, endsArticle: false },
  { id: 'comment-form', pattern: COMMENT_FORM, maxWords: 30, endsArticle: true },
  { id: 'newsletter-prompt', pattern: NEWSLETTER, maxWords: 40, endsArticle: false },
  { id: 'paywall-prompt', pattern: PAYWALL, maxWords: 30, endsArticle: false },
  { id: 'app-promotion', pattern: APP, maxWords: 30, endsArticle: false },
  { id: 'share-prompt', pattern: SHARE, maxWords: 15, endsArticle: false },
  { id: 'related-list', pattern: RELATED, maxWords: 12, endsArticle: true },
  // "Read more: <headline>" may stand between paragraphs: it removes its line, it does not end the article.
  { id: 'read-more', pattern: READ_MORE, maxWords: 25, endsArticle: false },
  { id: 'author-box', pattern: AUTHOR_BOX, maxWords: 5, endsArticle: true },
  { id: 'advertising', pattern: AD, maxWords: 40, endsArticle: false },
  { id: 'rights-notice', pattern: RIGHTS, maxWords: 40, endsArticle: false },
  { id: 'nav-word', pattern: NAV, maxWords: 12, endsArticle: false },
];
