/**
 * Word lists that tell names from the rest of German news prose, where every
 * noun is capitalised: what stands before a noun, words of time, the titles
 * that introduce a name, and first names (German, English and transliterated
 * Russian and Ukrainian spellings) that start a person's name.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Articles, pronouns and contractions that precede a noun (or an adjective and then a noun). */
export const DETERMINERS: ReadonlySet<string> = words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
  dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden
  sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer
  zum zur im am vom beim ins ans`);

/** Words of quantity before a plain noun (`mehrere Millionen`, `zwei Kilo`), as figures are. */
export const QUANTIFIERS: ReadonlySet<string> = words(`
  zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend
  mehrere einige viele wenige weitere beide beiden alle andere anderen sämtliche etliche zahlreiche`);

/**
 * Verbs that make a set phrase with `in` and a noun (`in Kraft treten`, `in
 * Anspruch nehmen`, `in Auftrag geben`, `in Gang setzen`, `in Kurzarbeit
 * schicken`): the noun there is no place.
 */
export const SET_PHRASE_VERBS: ReadonlySet<string> = words(`
  treten tritt trat traten getreten nehmen nimmt nahm genommen geben gibt gab gegeben setzen setzt gesetzt
  bringen bringt brachte gebracht stellen stellt gestellt schicken schickt geschickt kommen kommt kam gekommen
  geraten gerät geriet gehen geht ging gegangen`);

/**
 * Abbreviations of common nouns, which look like the acronyms of
 * organisations: the most frequent capitals on 352 pages of the development
 * set that name nothing to link (`PKW`, `EUR`, `TV`, `PDF`, `DNA`).
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = words(`
  PKW Pkw LKW Lkw EUR USD CHF GBP TV IT PDF PC SMS FAQ KI AI DNA DNS RNA PCR MRT OP PS KW MW GW MB GB KB CO2 CEO CFO`);

/** The formal `Sie` and its possessives are capitalised everywhere: they start no name (`Ihrem Browser`, `Erlauben Sie`). */
export const FORMAL_PRONOUNS: ReadonlySet<string> = words(`
  Sie Ihnen Ihr Ihre Ihrem Ihren Ihrer Ihres`);

/** Capitalised words of time that stand next to nouns (`Mitte Juni`, `Ende September`) without being names. */
export const TIME_WORDS: ReadonlySet<string> = words(`
  Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag
  Anfang Mitte Ende Frühjahr Frühling Sommer Herbst Winter Jahr Jahres Jahren Monat Monats Monaten Woche Wochen Tag Tage Tagen`);

/**
 * Endings of the nouns that introduce a name (`Basketballspielerin Brittney
 * Griner`, `Zeitung Kommersant`) and of other common nouns: a run of
 * capitalised words starting with one of them names what follows.
 */
export const TITLE_ENDINGS = new RegExp(
  `(?:${[
    'ung', 'ungen', 'heit', 'keit', 'schaft', 'tion', 'ität', 'ismus', 'nis', 'tum', 'ment',
    'chef', 'chefin', 'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin',
    'direktor', 'direktorin', 'leiter', 'leiterin', 'berater', 'beraterin', 'reporter', 'reporterin',
    'korrespondent', 'korrespondentin', 'pilot', 'pilotin', 'student', 'studentin', 'soldat', 'soldaten',
    'spieler', 'spielerin', 'mann', 'manns', 'frau', 'agentur', 'sender', 'portal', 'magazin', 'blatt',
    'behörde', 'ministerium', 'kollege', 'kollegen', 'kollegin', 'botschafter', 'botschafterin', 'general',
    'admiral', 'kanzler', 'kanzlerin', 'senator', 'senatorin', 'abgeordnete', 'abgeordneter', 'bürger',
    'bürgerin', 'geschäftsmann', 'unternehmer', 'unternehmerin', 'anwalt', 'anwältin', 'experte', 'expertin',
    'firma', 'unternehmen', 'gruppe', 'partei', 'konzern', 'stadt', 'hauptstadt', 'land', 'region',
    'manager', 'managerin', 'professor', 'professorin', 'hersteller', 'produzent', 'produzenten', 'zulieferer',
    'betreiber', 'verlag', 'zentrum', 'tochter', 'ortsteil', 'landkreis', 'kanton', 'gericht', 'institut',
  ].join('|')})s?$`,
  'i',
);

/**
 * The type a noun that introduces a name gives it (`Zeitung Kommersant`,
 * `Ministerin Baerbock`, `Landkreis Göppingen`); other names are left for
 * the curator to type, since a capital letter alone tells no type.
 */
export const INTRODUCED_TYPES: ReadonlyArray<[RegExp, 'person' | 'organisation' | 'place']> = [
  [/(?:chef|chefin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|direktor|direktorin|leiter|leiterin|berater|beraterin|reporter|reporterin|korrespondent|korrespondentin|pilot|pilotin|student|studentin|spieler|spielerin|botschafter|botschafterin|general|admiral|kanzler|kanzlerin|senator|senatorin|abgeordnete|abgeordneter|anwalt|anwältin|experte|expertin|manager|managerin|professor|professorin|kollege|kollegin)s?$/iu, 'person'],
  [/(?:zeitung|agentur|sender|portal|magazin|blatt|behörde|ministerium|firma|unternehmen|partei|konzern|hersteller|produzent|produzenten|zulieferer|betreiber|verlag|institut)s?$/iu, 'organisation'],
  [/(?:stadt|hauptstadt|region|ortsteil|landkreis|kanton)s?$/iu, 'place'],
];

/** Common first names; a capitalised word after one of them is a person's name. */
export const FIRST_NAMES: ReadonlySet<string> = words(`
  Alexander Alexej Alexei Alexey Alexandr Aleksandr Aleksej Anatoli Anatoly Andrej Andrei Andrey Anton Arkadi
  Boris Dmitri Dmitrij Dmitry Dmytro Evgeny Evgeni Fjodor Fyodor Gennadi Georgi Grigori Igor Ilja Ilya Iwan Ivan
  Jewgeni Jewgenij Jegor Juri Jurij Yuri Yury Konstantin Leonid Maxim Maksim Michail Mikhail Nikolai Nikolaj Oleg
  Pawel Pavel Pjotr Pyotr Roman Ruslan Sergej Sergei Sergey Serhij Stanislaw Timofej Vadim Wadim Valentin Valery
  Waleri Wassili Vasily Viktor Wiktor Vitali Witali Vladimir Wladimir Volodymyr Wolodymyr Vyacheslav Wjatscheslaw
  Yevgeny Yevgeniy Jaroslaw Yaroslav Petro Taras Mykola Oleksandr Oleksij Andrij Denys Kyrylo
  Anna Alla Elena Jelena Irina Jekaterina Yekaterina Julia Julija Yulia Ljudmila Lyudmila Maria Marija Natalja
  Natalia Olga Swetlana Svetlana Tatjana Tatiana Valentina Walentina Veronika Wiktorija Viktoria Xenia Ksenia
  Andrew Anthony Antony Barack Bill Bob Brett Brian Charles Chris Christopher Dan Daniel David Donald Ed Edward
  Frank Gary George Hillary Jake James Jeff Jeffrey Jim Joe John Joseph Kamala Karl Kevin Lloyd Marco Mark Michael
  Mike Nancy Nick Paul Peter Pete Richard Rick Robert Ron Samuel Steve Steven Thomas Tim Tom Trevor William
  Brittney Condoleezza Elizabeth Emily Jennifer Jessica Karen Kate Laura Linda Mary Michelle Sarah Susan
  Angela Annalena Boris Christian Friedrich Gerhard Helmut Horst Jens Joschka Markus Martin Olaf Robert Ursula
  Wolfgang Emmanuel Recep Xi Benjamin Mohammed Mohammad Ali Ahmed Kim Narendra Luiz Javier Giorgia Ursula
  Andreas Stefan Stephan Stephen Matthias Klaus Jürgen Uwe Dirk Jörg Bernd Ralf Rainer Dieter Heinz Günter Manfred
  Werner Walter Heiko Holger Sven Lars Tobias Felix Florian Sebastian Philipp Jonas Julian Fabian Armin Cem Dietmar
  Clemens Lothar Norbert Joachim Kurt Gerd Reinhard Volker Hubert Hubertus Jeremy Theresa Franziska Katrin Karin
  Sabine Susanne Petra Claudia Andrea Nicole Stefanie Lisa Lena Sophie Johanna Antonia Nadja Alina Ricarda Saskia
  Svenja Manuela Heike Birgit Monika Renate Christine Christina Katharina`);
