/**
 * Real German word pairs for search, with a sentence for each side copied
 * from the development pages (/work/eval/pages, trafilatura's evaluation
 * set): singulars and their plurals (most with an umlaut), and compounds
 * with their parts standing apart (`Corona-Krise`, `Erklärung zum
 * Datenschutz`). Picked by hand from pairs mined in those pages.
 */

/** A singular, its plural, and a sentence with each. */
export type PluralPair = [singular: string, plural: string, withSingular: string, withPlural: string];

export const PLURAL_PAIRS: PluralPair[] = [
  ['Nachtzug', 'Nachtzüge', 'ÖBB planen neuen Nachtzug nach Brüssel', 'Aktionswoche für Nachtzüge in Europa'],
  ['Beitrag', 'Beiträge', '*Dieser Beitrag ist in freundlicher Kooperation mit dem Tourismusverband Thermen- & Vulkanland entstanden.', 'Informiere mich über neue Beiträge per E-Mail.'],
  ['Fall', 'Fälle', 'Ist dies der Fall, fließt das korrigierte Ergebnis in die "Wahre Tabelle" ein.', 'Zuletzt wurden Fälle von Chikungunya-Fieber 2017 aus Italien (Region Lazio in und um Rom sowie Städte Anzio, Latina und Guardavalle Marina) gemeldet.'],
  ['Grund', 'Gründe', 'Auf Nachfragen konnte aber hierfür nie ein sachlicher Grund angeführt werden.', 'Was sind aber die Gründe und was können die Faktoren zwischen Länder sein, die die Entscheidung beeinflussen können?'],
  ['Kraft', 'Kräfte', 'Und sie braucht Mehrheiten für ihre Politik, und dafür braucht sie die CDU als mit Abstand stärkste Kraft im Parlament.', 'Im neuen Vorstand halten sich die völkischen und die „moderaten Kräfte“ numerisch zwar die Waage.'],
  ['Buch', 'Bücher', 'Oktober kommt dein ersten Buch raus, wie kamst du auf die Idee so eine Geschichte zu schreiben?', 'Das mag für eine Autorin vielleicht komisch klingen, aber ich scheue mich mittlerweile etwas davor, Bücher meines Genres zu lesen.'],
  ['Band', 'Bände', 'Mir ist aber wichtig, dass man den ersten Band auch für sich allein lesen kann.', 'Aber ja, es wird noch zwei Bände geben.'],
  ['Stadt', 'Städte', '(Buchvorstellung) Damian - Die Stadt der gefallene...', 'Zuletzt wurden Fälle von Chikungunya-Fieber 2017 aus Italien (Region Lazio in und um Rom sowie Städte Anzio, Latina und Guardavalle Marina) gemeldet.'],
  ['Plan', 'Pläne', '(Gequatschtes) SuB Abbau mit Plan!', 'Sie sagte darin, dass es neben dem Ausbau des Breitbandnetzes auch andere, wichtige Pläne für sie gäbe und nannte unter anderem das Thema Flugtaxi.'],
  ['Glas', 'Gläser', '(Buchvorstellung) Breathe - Gefangen unter Glas / ...', 'Im Aktionszeitraum gleichzeitig zwei Gläser Jacobs Gold instant 200g bei Edeka kaufen.'],
  ['Vertrag', 'Verträge', 'Der Vertrag hat eine Laufzeit von sieben Jahren und enthält eine Option für fünf weitere Jahre.', 'Hier können Sie Ihre Daten und Verträge einfach und bequem online verwalten.'],
  ['Innenstadt', 'Innenstädte', 'Oder, um die Realität in der Dresdner Innenstadt ungeschminkt zu schildern: wie früh die meisten Restaurants und Wirtshäuser keine Gäste mehr annehmen.', 'Als Folge des globalen Massentourismus fallen Horden von Menschen in die Innenstädte ein.'],
  ['Wunsch', 'Wünsche', 'Denn was ich damit eigentlich meinte, war der Wunsch, genauso zu sein wie meine weißen Freund:innen.', 'Diese Tasche lässt keine Wünsche offen, vor allem ist sie total unabhängig von Modetrends.'],
  ['Wort', 'Wörter', 'Abseits seiner sprachlichen Herkunft hat das Wort im gesellschaftlichen Kontext eine viel größere Bedeutung als ein flüchtiges Passieren.', 'Sie wiederholen gerne die Wörter.'],
  ['Platz', 'Plätze', 'Schwer zu erklären, einfach nachzufühlen für alle, die sich auch immer in dem Platz dazwischen bewegt haben.', 'Venedig ist zur Hochwasserzeit (Acqua alta) regelmäßig von Überschwemmungen betroffen,  so dass einige Plätze und Gassen unpassierbar werden.'],
  ['Satz', 'Sätze', 'Dieser banale Satz ist für viele Menschen nämlich nicht selbstverständlich.', 'Und immer sind da Sätze wie: „Du bist doch eine von uns“.'],
  ['Gast', 'Gäste', 'Indem ich White Passe und dadurch manchmal das Gefühl habe, nur zu Gast zu sein.', 'Oder, um die Realität in der Dresdner Innenstadt ungeschminkt zu schildern: wie früh die meisten Restaurants und Wirtshäuser keine Gäste mehr annehmen.'],
  ['Kopf', 'Köpfe', 'Als das Haus noch nicht ganz fertig war, mussten wir ziemlich Hals über Kopf einziehen, weil die Sternenkonstellation das erforderte.', 'Es war kaum 20 Uhr 15, und ich sah nichts als entschlossen geschüttelte Köpfe, als ich von Haus zu Haus zog, um etwas Warmes zum Abendessen zu bekommen.'],
  ['Nacht', 'Nächte', 'Also stehe ich lieber auf und schaue draussen, was in der Nacht so geschehen ist.', 'Wenn der Welsangler zwei Nächte ohne Biss bleibt, ist das ja schon eine Katastrophe.'],
  ['Loch', 'Löcher', 'Ich werde das Loch später mit etwas Zement ausbessern.', 'Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „Wir haben festgestellt, dass in den Netzen mehrere große Löcher sind.'],
  ['Frucht', 'Früchte', 'Früchte, wie Mangos oder Bananen, reissen sie noch unreif ab, beissen kaum rein und werfen die gesamte Frucht weg.', 'Alles natürlich lokale Früchte.'],
  ['Land', 'Länder', 'Er fragte bloss erstaunt, aus welchem Land ich komme.', 'Kategorien: Gesellschaft, Länder, Menschen, und Sri Lanka.'],
  ['Wald', 'Wälder', 'Die Leute kippen deshalb ihren Müll in den Wald und zünden ihn von Zeit zu Zeit an.', 'Verstärkt in die Wälder reinzugehen ist auch unnötig, im Flächenland Bayern gibt es genügend Platz für Windräder im Einklang mit Mensch und Natur.'],
  ['Hand', 'Hände', 'Zwischen 1518 und 1803 gaben sich die Portugiesen, die Holländer und die Engländer in dieser Reihenfolge die Türklinke Ceylons in die Hand.', 'Vielleicht gibt es einen Bewegungsimpuls – die Beine bewegen, die Hände – und dann wieder pausieren, ausatmen, einatmen.'],
  ['Motorrad', 'Motorräder', '„Mein freund will sich ein Motorrad kaufen (so eine Rennkiste mit extrem viel PS).', 'Die 1898 gegründeten Presto-Werke in Chemnitz hatten zunächst Fahrräder, später Motorräder und ab 1910 auch PKW hergestellt.'],
  ['Parkplatz', 'Parkplätze', 'nie Probleme einen Parkplatz zu finden.', 'Parkplätze für NON-RESIDENTS sind stark beschränkt und teuer.'],
  ['Absatz', 'Absätze', 'Die würde des Menschen ist unantastbar […] (Grundgesetz Artikel 1 Absatz 1) das ist die Grundregel für alles Handeln.', 'Zeilenumbrüche und Absätze werden automatisch erzeugt.'],
  ['Tarifvertrag', 'Tarifverträge', 'Ein Tarifvertrag, nach dem Urlaubstage bei der Berechnung von Mehrarbeitszuschlägen nicht berücksichtigt werden, verstößt gegen EU-Recht.', 'Das regeln häufig Tarifverträge oder Betriebsvereinbarungen.'],
  ['Gegenstand', 'Gegenstände', 'Auf die Lauer legen, jagen und packen, ist für viele Katzen viel aufregender, als einen Gegenstand selbst von A nach B zu schieben.', 'Ins Reparaturcafé kann jeder reparaturbedürftige Gegenstände gebracht werden, um ihn von einem kompetenten und engagierten Team reparieren zu lassen.'],
  ['Kühlschrank', 'Kühlschränke', 'Den Kühlschrank öffneten sie allerdings nicht.', 'Auch Kühlschränke werden intelligenter und benötigen nicht die gesamte Zeit Strom, sondern nur dann, wenn Sie kühlen müssen.'],
  ['Kampf', 'Kämpfe', 'Leatherpride ist etwas anderes als ein Kampf um Eheprivilegien.', 'Video: Die besten Kämpfe im Februar!'],
  ['Rechtsanwalt', 'Rechtsanwälte', 'Viele Ärzte oder Rechtsanwälte wünschen sich, dass ihre Kinder ebenfalls Arzt oder Rechtsanwalt werden.', 'Schulte und Partner Rechtsanwälte in Berlin.'],
  ['Gehalt', 'Gehälter', 'Muss der Arbeitgeber dann weiter Gehalt bezahlen?', 'Wenn es um Löhne und Gehälter oder die Entsendung von Mitarbeitern geht, kommen Anwälte oder Steuerberater mit internationalem Knowhow zum Einsatz.'],
  ['Abfall', 'Abfälle', 'Im Saarland wurde umweltgefährdender Abfall in einem Revier entsorgt.', 'Einen Schritt zu einer grünen Energiequelle – ohne den Einsatz fossiler Brennstoffe und hochradioaktive Abfälle.'],
  ['Lohn', 'Löhne', 'Die Jäger beschützen die Händler vor Dieben und bekommen dafür Lohn.', 'Die erste Hälfte der 1920er Jahre überlebte die Firma nur durch die weitgehende Unabhängigkeit von Zulieferern und die extrem niedrigen Löhne in Ostdeutschland.'],
  ['Hausarzt', 'Hausärzte', 'Wie ein Hausarzt begleitet man die Patienten durch die Krankheit.', 'Hausärzte, wie wir sie in Deutschland kennen, sind rar.'],
  ['Anwalt', 'Anwälte', 'Der Anwalt ist beeindruckt von seinem Mandanten.', '„Es gab hier keine Zusammenarbeit, keine Bestellung, keine Vorstandsbeschlüsse und keine Zahlungen“, schreiben die Anwälte der Partei.'],
  ['Missstand', 'Missstände', 'Sollte die Behörde nicht handeln, bleiben Sie dran und fassen Sie unbedingt so lange nach, bis der Missstand beseitig ist.', 'Die Behörde legte die dokumentierten Missstände der Staatsanwaltschaft vor und ordnete gegenüber dem Landwirt deren Behebung an.'],
  ['Verkehrsunfall', 'Verkehrsunfälle', 'Am Sonntagabend kam es auf der A6 bei Studen zu einem schweren Verkehrsunfall.', 'Außerdem: Über 90 Prozent aller Verkehrsunfälle sind menschliches Versagen.'],
  ['Huhn', 'Hühner', 'Mit Sicherheit kennen Sie das Sprichwort: “Ich wollt’ ich wär’ ein Huhn: Ich legte jeden Tag ein Ei”.', 'Der Hof besaß im Durchschnitt 8-10 Milchkühe, 35-40 Schweine und Schafe, 600–700 Hühner, sowie Obst und Gemüse aller Art.'],
  ['Windrad', 'Windräder', 'Dann würde höchstens noch ein Windrad an einer Baumspitze helfen, wie es der Architekt Wolfgang Frey konzipiert hat.', 'Verstärkt in die Wälder reinzugehen ist auch unnötig, im Flächenland Bayern gibt es genügend Platz für Windräder im Einklang mit Mensch und Natur.'],
  ['Turm', 'Türme', 'Denn für die Nashorn-Pagode im Zoo Berlin wächst aktuell ein 25 Meter hoher Turm in den Himmel als Denkmal für den Artenschutz.', 'Die Türme und Kuppeln der Stadt, die so gern mit Florenz verglichen wird, lagen dunkel und poetisch im Gegenlicht der sich langsam senkenden Sonne.'],
  ['Zuwachs', 'Zuwächse', 'Zum Vergleich: Es gab bei den Wärmeerzeugern mit Öl einen Zuwachs von 18 Prozent und bei den holzbasierten Bio-Heizsystemen von 21 Prozent.', 'Die Zuwächse sind allerdings vor allem einer Erholung nach dem ersten Krisenjahr 2020 geschuldet.'],
  ['Umstand', 'Umstände', 'Und dieser Umstand ist im Sommer natürlich umso deutlicher zu ersehen.', 'Nur die objektiven Umstände werden das Umdenken vielleicht irgendwann erzwingen, aber dazu muss es noch viel mehr Menschen viel schlechter gehen.'],
];

/** A compound, its two parts, a sentence with the compound and one with the parts apart. */
export type CompoundPair = [compound: string, modifier: string, head: string, withCompound: string, withParts: string];

export const COMPOUND_PAIRS: CompoundPair[] = [
  ['Arbeitsmarktzahlen', 'Arbeitsmarkt', 'Zahlen', 'Weitere Arbeitsmarktzahlen können Sie auf der Seite Entwicklung des Arbeitsmarkts in den Vorjahren lesen.', 'Die Bundesagentur für Arbeit veröffentlicht monatlich die offiziellen Zahlen zum deutschen Arbeitsmarkt.'],
  ['Assistenzsysteme', 'Assistenz', 'Systeme', 'Ein ganz interessanter Aspekt – aktuelle Assistenzsysteme wie bspw.', 'Frage 1: Assistenz-Systeme helfen bei der täglichen Arbeit und führen durch Programme.'],
  ['Autofinanzierung', 'Auto', 'Finanzierung', 'Je nach Situation oder Zeitdruck muss die Autofinanzierung aber anders geschehen.', 'Finanzierung und Auto kommen „aus einer Hand“ – das ist besonders übersichtlich.'],
  ['Bestätigungsmail', 'Bestätigungs', 'Mail', 'Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.', 'Um die Bestellung abzuschließen, klicken Sie bitte auf den Bestätigungs-Link, den Sie soeben per Mail bekommen haben.'],
  ['Browsereinstellungen', 'Browser', 'Einstellungen', 'Sie können Cookies jederzeit blockieren oder löschen, indem Sie Ihre Browsereinstellungen ändern und das Blockieren aller Cookies auf dieser Webseite erzwingen.', 'Sie können Ihre Browser-Einstellungen anpassen, um dies zu unterbinden.'],
  ['Coronakrise', 'Corona', 'Krise', 'Dieser Übergang an der deutsch-französischen Grenze ist wegen der Coronakrise immer noch geschlossen.', 'Die deutsche Autorin Sonja Silberhorn hat die Corona-Krise und ihre gesellschaftlichen Folgen in einem Kriminalroman verarbeitet.'],
  ['Coronaschutzverordnung', 'Corona', 'Schutzverordnung', 'Die neue Coronaschutzverordnung regelt ab dem 13.', 'November gilt in NRW eine neue Corona-Schutzverordnung.'],
  ['Datenschutzbestimmungen', 'Datenschutz', 'Bestimmungen', 'Mit dem Absenden Ihres Feedbacks akzeptieren Sie unsere Datenschutzbestimmungen.', 'Mit der Registrierung stimmen Sie unseren Datenschutz-Bestimmungen zu.'],
  ['Datenschutzerklärung', 'Datenschutz', 'Erklärung', 'Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.', 'Nähere Informationen entnehmen Sie bitte unserer Erklärung zum Datenschutz.'],
  ['Datenschutzgrundverordnung', 'Datenschutz', 'Grundverordnung', 'Die neue Datenschutzgrundverordnung kommt.', 'Wir behandeln Ihre Daten sicher und konform mit der Datenschutz-Grundverordnung (DS-GVO).'],
  ['Datenschutzhinweise', 'Datenschutz', 'Hinweise', 'Mit der Anmeldung für den Newsletter haben Sie den Hinweis auf die Datenschutzhinweise zur Kenntnis genommen.', 'Hinweise zum Datenschutz findest du hier.'],
  ['Datenschutzinformationen', 'Datenschutz', 'Informationen', 'Mit der Nutzung dieses Formulars willigen Sie in die Speicherung und Weiterverarbeitung Ihrer Daten ein (Datenschutzinformationen).', 'Weitere Informationen zum Datenschutz findest du hier.'],
  ['Deutschlandbild', 'Deutschland', 'Bild', 'Der ungarische Rundfunk vermittelt ein verzerrtes Deutschlandbild: Das ganze Land habe vor Flüchtlingen und Zuwanderung kapituliert.', 'Die Berichte zeichnen ein krudes Bild von Deutschland: Behörden geben bei Streitigkeiten immer den Ausländern Recht.'],
  ['Fahrzeugleasing', 'Fahrzeug', 'Leasing', 'der Finanzierung ist das Fahrzeugleasing eine weitere Variante.', 'Leasing bietet eine gewisse Flexibilität, da man sich in der Regel für nur 2 bis 4 Jahre an das Fahrzeug bindet.'],
  ['Finanzierungsform', 'Finanzierung', 'Form', 'Nur zwei Prozent hatten sich 2016 für eine andere Finanzierungsform entschieden.', 'Diese Form der Finanzierung ähnelt dem Prinzip des Ballonkredits, wird jedoch um eine Anzahlung erweitert.'],
  ['Finanzierungsmodell', 'Finanzierung', 'Modell', 'Generell muss also individuell entschieden werden, welches Finanzierungsmodell am besten zur eigenen Lebenssituation und den finanziellen Möglichkeiten passt.', 'Die Frage nach der richtigen Finanzierung ist sehr individuell: Das perfekte Modell, das sich für alle Zielgruppen und Lebensphasen eignet, gibt es nicht.'],
  ['Friseurbesuch', 'Friseur', 'Besuch', '3G, 2G oder 2G Plus: Was gilt jetzt beim Friseurbesuch?', 'Für den Besuch beim Friseur gilt die 2G-plus-Regel.'],
  ['Gendersprache', 'Gender', 'Sprache', 'Gegner der Gendersprache gelten für die Befürworter als rückständig, homophob und rechts, so Birgit Kelles Erfahrung.', 'Die «Mutter» werde in der Gender-Sprache abgeschafft, weil ja auch ein Transmensch gebären könnte.'],
  ['Goldmedaille', 'Gold', 'Medaille', 'Fanqi Mengs Goldmedaille im Junioreneinzel der Damen bei der IBU JJWM in Brezno-Osrblie 2019 war dabei der Höhepunkt.', 'Meiner Meinung die Gold Medaille gestohlen und jetzt komisch nur bei Ihr wurde eine Infektion nachgewiesen.'],
  ['Helmholtzzentrum', 'Helmholtz', 'Zentrum', 'Beim GSI Helmholtzzentrum für Schwerionenforschung in Darmstadt ist der Beschleuniger ohnehin in einer geplanten Wartungsphase.', 'Das Helmholtz-Zentrum Berlin (HZB) etwa will den Betrieb der energieintensiven Röntgenquelle Bessy II im Winter ohne Unterbrechung fortsetzen.'],
  ['Hintergrundinformationen', 'Hintergrund', 'Informationen', 'In den "Länderberichten" bieten sie den Nutzern der Webseite der Konrad-Adenauer-Stiftung exklusiv Analysen, Hintergrundinformationen und Einschätzungen.', 'Aktuelle Nachrichten, spannende Hintergrund-Informationen und Veranstaltungs-Hinweise per E-Mail abonnieren.'],
  ['Holzmengen', 'Holz', 'Mengen', 'Holland und England brauchten damals immens große Holzmengen zum Ausbau ihrer Handels- und Kriegsflotten, aber auch für Wasser- und Städtebau.', 'Aber nicht nur für den Schiffsbau und für Werftanlagen werden große Mengen Holz gebraucht.'],
  ['Hühnerrassen', 'Hühner', 'Rassen', 'Allen voran spielt hierbei die Hühnerrasse eine entscheidende Rolle: Frühreife Hühnerrassen (z.B.: Bresse und Araukaner) beginnen oft schon in der 20.', 'Auch hinsichtlich der Frage “Wie lange legen Hühner Eier” muss zwischen klassischen Rassen und Hybriden unterschieden werden.'],
  ['Imperialismusbegriff', 'Imperialismus', 'Begriff', 'Jahrhunderts den Imperialismusbegriff für sich entdeckte, ist dieser negativ besetzt.', 'Die heutigen Konflikte zwischen autoritären und westlichen Staaten lassen sich mit dem Begriff Imperialismus nicht erklären.'],
  ['Jahresende', 'Jahres', 'Ende', 'Rund 15 Mal wird er in den öffentlich-rechtlichen Sendern zum Jahresende ausgestrahlt.', 'Bis Ende des Jahres haben Eltern einen erweiterten Anspruch auf Kinderkrankengeld.'],
  ['Holländerholz', 'Holländer', 'Holz', 'Jahrhundert war der Begriff "Holländerholz" ein fester Bestandteil der Forstsprache in Deutschland (Abb.', 'Aber auch im Ostseeraum kauften die Holländer viel Holz und importierten es mit Schiffen.'],
  ['Bloginterview', 'Blog', 'Interview', '(News) Fünftes eigenes Bloginterview dieses Mal mi...', '(News) Viertes eigenes Blog-Interview: Dieses Mal ...'],
  ['Blogbeitrag', 'Blog', 'Beitrag', 'Du verwendest Erinnerungszitate von mir, die in einem anderen Kontext stehen um deinem Blogbeitrag die nötige Dramatik zu verleihen.', 'Dieser Beitrag und der gesamte Blog-Prozess werden wie eine Klassenarbeit gewertet.'],
  ['Bankkonto', 'Bank', 'Konto', 'Genutzt wird dabei das in Kenia bereits weit verbreitete System “M-Pesa”, mit dem auch Menschen ohne Bankkonto via Handy Geld senden und empfangen können.', 'Deutsches Konto: Ihr Konto muss bei einer Bank in Deutschland geführt werden.'],
  ['Fahrzeughalter', 'Fahrzeug', 'Halter', 'In manchen Verträgen ist vorgesehen, dass Kreditnehmer, Fahrzeughalter und Versicherungsnehmer identisch sind.', 'Das Fahrzeug ist in Ihrem direkten Besitz, Sie können beispielsweise ohne Probleme das Auto verkaufen oder den Halter ändern.'],
  ['Hautgefühl', 'Haut', 'Gefühl', 'Hier ging es darum, Reinigungskraft, Hautverträglichkeit, Duft, Hautgefühl und Entnahme aus der Packung zu begutachten.', 'Es sei ein ganz anderes Gefühl, wenn das Wasser so pur – wie direkt aus dem Schlauch – auf die Haut gegossen wird.'],
  ['Batterieleistung', 'Batterie', 'Leistung', '„Apple scheint schon bei der Materialentwicklung daran zu arbeiten, die Batterieleistung zu steigern“, ergänzte die Person.', 'Damit strebt der Hersteller die Entwicklung „einer völlig neuen Batterie mit deutlich verbesserter Leistung im Vergleich zur bestehenden an“, heißt es.'],
  ['Geldanlage', 'Geld', 'Anlage', 'Eine renovierungsbedürftige Immobilie mit stabiler Bausubstanz kann eine profitable Geldanlage sein.', 'Das Geld, das Sie in das Fahrzeug investieren, geht Ihnen als Kapital für andere Anlage- oder Investitionsmöglichkeiten verloren.'],
];
