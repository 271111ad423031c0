/**
 * Stems of the general vocabulary of German web pages, written by
 * `npm run build:vocabulary -- <pages> --write` (scripts/build-general-vocabulary.ts)
 * from 352 varied pages: each is in at least 10 % of them. Do not edit by hand.
 */
export const GENERAL_VOCABULARY_DE: ReadonlySet<string> = new Set(
  `
  abo abonni acht adre agb ahnlich aktiv aktuell akzepti all alle allei allerding allgemei alte alter
  alternativ anbi and ander anfang angab angebo anmeld anmeldung antvor anzeig app april arbei archiv art
  artikel at aufgab aufgru auge augu ausbildung auss ausserd auto autor baier basi beach bedeu bedingung
  befi begi beispiel beispielsvei beitrag beka bekomm belieb benotig berei bereich berli beshaftig beso bess best
  bestatig besteh bestell bestimm besuch beteilig betrieb betroff bevor bi biet bild bildung bin bist bitt
  bleib blick blog blogg brauch brei bring brov buch bzv chanc christia co com commo cont
  cooki copirigh corona dadurch dafur daher dank dara darf date datenshutz datenshutzerklarung de dein denk dennoch
  desig detail deutlich deutsh deutshla dezemb dich dien digital ding dir direk dovnload dr drei drit
  droh druck durf eben ebenso echt egal eher eige eigentlich einfach einig einmal einsatz einstellung einzel
  einzig email empfehlung en ende endlich energi english entdeck entsheid entsheidung entsprech entsteh entvickel entvicklung erfahr
  erfahrung erfolg erfolgreich erforderlich ergebni erhal erhoh erin erke erklar erlaub erleb ermoglich erneu erreich ershei
  erst erstell ervar ervei esse etva eu euch euro europa europaish even exper facebook fahr fakt
  fall falsh famili faq fast februar feed fehl feld fest film find folg for ford forderung
  form forshung forum foto frag frau frei freitag freu fruh fuhl fuhr funf funktio funktioni ganz
  gar gedank gefahr gefall gefu gefuhl gehe gehor geht geld gelt gemach gemeinsam gena genau genug
  genutz gepla gera gerad gern gesam gesellshaf gesetz geshich gesprach gestal gestell gesundhei gevi gevord gilt
  ging glaub gleich gleichzeitig global gmbh googl grenz gros grun grund grundlag grupp gut gute halt
  hamburg hand handel hast haufig haus heis helf herau herr herz heut hilf hin hinau hint
  hintergru hinvei hoch hohe hoher home http idee immer impressum info informatio informi inhal inne insbeso
  insgesam instagram inter interessa interessi international interviev ioutub it jahr jahrig januar je jede jedem jeder
  jema jobs juli jung juni kam kampf kann karri kategori kauf kaum kein kenn kind klar
  klei klick klima komm kommentar kommenti kompl kontak konto kopf kost kostenlo kraf kris kultur kurz
  lade lage land lang lass lauf lebe lege leich leid leis leistung lern lese letz leut
  lieb lief lieg lies link linkedi live logi losung mach mag magazi mai mail mal manag
  manch mann mark marki marz massnahm medi media mediada mehr mein meinung meis meld meldung meng
  mensh menu mich millio mind minu mir mitarbei mitglied mittel mittlerveil mobil moch moder moglich moglichkei
  mona munch musik muss nach nachd nachhaltig nachhaltigkei nachrich nahe name namlich natur naturlich navigatio nebe
  nehm netz netzverk neu neue neuer nevs nevsl nich nie nimm normal notvendig novemb nutz nutzung
  oben of offe offentlich offiziell offn oft oktob on onli organisatio ort osterreich paar pandemi part
  pass passi per perso personlich plan plattform platz podca politik politish positiv post praktish praxi prei
  pres pressemitteilung priva pro probl produk programm projek proz publikatio punk quell rahm raum rech rechtlich
  redaktio rede regel regelmassig regio registri reich reis richtig roll rss rund sach sage sehe sehr
  seit selb selt send septemb servic setz shad shaff shau shei shlagvor shlech shli shnell shon
  shop shreib shri shul shutz shveiz shver sich sicherhei sieb sieh sinn sist sitemap situatio social
  sofor sogar sogena solch soll somi sond sons sorg sozial span spar spas speich spend speziell
  spiel spor sprach sprech spring staa stad stand star stark startsei statistik steh steig stell stimm
  stra strom stuck studi stund such tag tage taglich team technik technish technologi teil termi test
  text the them thema this tief tier tipp to toll top trag treff trotz trotzd tun
  tv tvit uberblick uberhaup ubersich ubrig uhr umvel unabhangig unbeding unser unternehm untershiedlich unterstutz unterstutzung us
  usa vach vahl vann varm varum vass vebsei vebsi vechsel veder veg veis veit veiterhi velch
  velt veltvei venig vera veranstaltung verb verbung verei verfugung verg vergang vergleich verkauf verlag veroffentlich vershied
  versteh versuch vert verv vervendung vett vichtig video viel vielleich vier vint virk virtshaf virtshaftlich viss
  vissenshaf voch vohl vohn voll vollig vordpr vorherig vort vorteil vunsh vvv zahl zahlreich zehn zeich
  zeig zeit zieh ziel zukunf zuletz zumi zuruck zusamm zusammenarbei zusatzlich zvar zveck zvei`
    .split(/\s+/)
    .filter(Boolean),
);
