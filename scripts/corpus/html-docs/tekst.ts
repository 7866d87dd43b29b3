/**
 * Shared prose for the Chromium corpus documents: paragraphs per theme, written after the way adopted Dutch
 * omgevingsvisies (Assen, Boxtel, Utrechtse Heuvelrug, Dongen, Eindhoven, Overijssel, …) talk about their
 * leefomgeving, in our own words. `{p}` is the place (or province/waterschap) name, `{g}` the area word
 * ("gemeente", "provincie", "beheergebied").
 */

const POOL: Record<string, string[]> = {
  inleiding: [
    'Voor u ligt de omgevingsvisie van {p}. Hierin beschrijven we hoe we de fysieke leefomgeving van de {g} op de lange termijn willen beschermen, benutten en ontwikkelen. De visie gaat over alles wat we buiten zien, horen, ruiken en ervaren: gebouwen en straten, water en bodem, natuur en landschap, maar ook over gezondheid en veiligheid.',
    'De Omgevingswet verplicht iedere gemeente en provincie om één integrale omgevingsvisie vast te stellen. Die visie vervangt de structuurvisies en sectorale beleidsnota\'s die tot nu toe naast elkaar bestonden. Zo ontstaat één samenhangend verhaal over de kwaliteiten die we willen koesteren en de opgaven die op ons afkomen.',
    'De omgevingsvisie is zelfbindend: zij bindt alleen het bestuursorgaan dat haar heeft vastgesteld. Voor inwoners, ondernemers en initiatiefnemers biedt zij wel duidelijkheid over de richting die we kiezen en over de vragen die we stellen wanneer een plan op tafel komt.',
    'Deze visie kijkt vooruit naar 2040, met een doorkijk naar 2050. Niet alles wat we beschrijven is morgen klaar. Sommige keuzes vragen om verdere uitwerking in programma\'s, andere krijgen een plek in het omgevingsplan of in de verordening.',
  ],
  proces: [
    'De visie is samen met de omgeving tot stand gekomen. In werksessies, een digitaal panel en gesprekken in de dorpen en wijken hebben inwoners, ondernemers, belangenorganisaties en buurgemeenten meegedacht over wat zij belangrijk vinden.',
    'Het ontwerp van de omgevingsvisie heeft zes weken ter inzage gelegen. De ingediende zienswijzen zijn samengevat en beantwoord in een nota van zienswijzen; waar dat tot aanpassing leidde, is de tekst van de visie gewijzigd.',
    'Met de participatie hebben we niet alleen ideeën opgehaald, maar ook geleerd waar de spanning zit. Juist die spanningen, tussen wonen en natuur, tussen bereikbaarheid en rust, maken de keuzes in deze visie zichtbaar.',
  ],
  wonen: [
    'De vraag naar woningen blijft de komende jaren groot. We bouwen eerst binnen de bestaande kernen, op plekken waar voorzieningen en openbaar vervoer dichtbij zijn. Pas als dat niet volstaat, kijken we naar zorgvuldig gekozen uitbreidingslocaties aan de randen.',
    'We streven naar een evenwichtige woningvoorraad met betaalbare huur- en koopwoningen voor starters, gezinnen en ouderen. Nieuwe woonwijken krijgen een gemengd programma, zodat mensen in hun eigen buurt een volgende stap in hun wooncarrière kunnen zetten.',
    'Ouderen willen langer zelfstandig blijven wonen. Dat vraagt om levensloopbestendige woningen, zorg in de buurt en een openbare ruimte die veilig en toegankelijk is voor wie minder goed ter been is.',
    'Bij iedere nieuwe ontwikkeling wegen we af hoe die bijdraagt aan de kwaliteit van de wijk: groen, water, ontmoetingsplekken en een goede aansluiting op het netwerk voor lopen en fietsen horen er vanaf het begin bij.',
  ],
  economie: [
    'Een sterke lokale economie zorgt voor werk dicht bij huis en voor levendige kernen. We geven bestaande bedrijven ruimte om te groeien en zijn terughoudend met nieuwe bedrijventerreinen zolang bestaande terreinen beter benut kunnen worden.',
    'Het centrum is de plek voor winkels, horeca en cultuur. We concentreren de detailhandel in een compact kernwinkelgebied en geven de aanloopstraten de ruimte om te veranderen naar wonen, dienstverlening en ambacht.',
    'Verouderde bedrijventerreinen pakken we samen met de ondernemers aan. Herstructurering, verduurzaming en een betere inpassing in het landschap gaan daarbij hand in hand.',
  ],
  energie: [
    'We willen in 2050 energieneutraal zijn. Dat betekent eerst besparen, dan duurzaam opwekken en pas daarna efficiënt gebruik van fossiele bronnen. Zon op daken en op bedrijventerreinen gaat voor zon op landbouwgrond.',
    'Grootschalige opwek met windturbines en zonnevelden heeft grote invloed op het landschap. We bundelen zulke opstellingen zoveel mogelijk bij bestaande infrastructuur en vragen initiatiefnemers om de omgeving financieel te laten meedelen.',
    'Het elektriciteitsnet raakt vol. Bij de keuze van locaties voor wonen, werken en opwek houden we rekening met de beschikbare netcapaciteit en met ruimte voor nieuwe transformatorstations.',
  ],
  klimaat: [
    'Het klimaat verandert: hevige buien, lange droogte en hitte komen vaker voor. We richten de openbare ruimte zo in dat regenwater kan worden vastgehouden, geborgen en pas daarna afgevoerd.',
    'In versteende wijken vervangen we verharding door groen. Bomen geven schaduw en verkoeling, wadi\'s en groene daken vangen water op. Bij nieuwbouw is klimaatadaptief bouwen het uitgangspunt.',
    'Water en bodem zijn sturend bij ruimtelijke keuzes. Op plekken met een hoge grondwaterstand of een slappe bodem bouwen we niet, of alleen als de gevolgen voor het watersysteem aanvaardbaar blijven.',
  ],
  natuur: [
    'De natuurgebieden en het kleinschalige landschap zijn een belangrijke kwaliteit. We beschermen de kernen van het natuurnetwerk en verbinden ze met groene linten langs beken, wegen en kavelgrenzen.',
    'De biodiversiteit staat onder druk. We vragen bij iedere ontwikkeling om natuurinclusief te bouwen en in te richten, met nestgelegenheid, bloemrijke bermen en ruimte voor inheemse beplanting.',
    'Het landelijk gebied verandert. Agrariërs staan voor de opgave om te verduurzamen en de stikstofuitstoot te verminderen. We ondersteunen de omschakeling naar natuurinclusieve landbouw en bieden ruimte voor nieuwe functies in vrijkomende agrarische bebouwing.',
  ],
  mobiliteit: [
    'We geven voorrang aan lopen en fietsen. Doorgaande fietsroutes verbinden de kernen met elkaar en met de stations; in de centra krijgt de voetganger meer ruimte.',
    'De bereikbaarheid per auto blijft belangrijk, zeker voor het landelijk gebied. Doorgaand verkeer leiden we om de kernen heen; in woonstraten is de auto te gast.',
    'Een goed openbaar vervoer is onmisbaar voor wie geen auto heeft. Samen met de vervoerder en de provincie werken we aan knooppunten waar bus, trein, deelfiets en auto op elkaar aansluiten.',
  ],
  gezondheid: [
    'Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten. Speelplekken, sportvelden en groene routes liggen op loopafstand van iedere woning.',
    'We willen de blootstelling aan geluid, luchtverontreiniging en geur verminderen. Nieuwe gevoelige functies plaatsen we niet vlak naast drukke wegen of bedrijven met milieuhinder.',
    'Externe veiligheid krijgt een plek in de ruimtelijke afweging. Rond risicovolle activiteiten en transportroutes voor gevaarlijke stoffen houden we afstand tot woningen, scholen en zorginstellingen.',
  ],
  erfgoed: [
    'De geschiedenis is overal in het landschap af te lezen: in de essen en de beekdalen, in oude boerderijen, kerken en molens. We gebruiken dat erfgoed als inspiratie voor nieuwe ontwikkelingen.',
    'Monumenten en karakteristieke panden krijgen bij voorkeur een nieuwe functie als de oude verdwijnt. Herbestemming houdt gebouwen in gebruik en daarmee in goede staat.',
  ],
  uitvoering: [
    'De omgevingsvisie werkt door in programma\'s, in het omgevingsplan en in de manier waarop we met initiatieven omgaan. Programma\'s maken concreet welke maatregelen we nemen om de doelen te halen.',
    'We monitoren of we de doelen halen. Iedere vier jaar bekijken we of de visie nog actueel is; als dat nodig is, stellen we haar bij. Kleine wijzigingen kunnen tussentijds worden doorgevoerd.',
    'Initiatiefnemers nodigen we uit om vroeg met ons in gesprek te gaan. Hoe eerder we weten wat er speelt, hoe beter we samen kunnen zoeken naar een plan dat bijdraagt aan de ambities van deze visie.',
    'De rol van de overheid verschilt per opgave. Soms nemen we zelf het voortouw, soms faciliteren we of laten we ruimte aan de markt en de samenleving. Die keuze maken we bewust en maken we vooraf kenbaar.',
  ],
  water: [
    'Veiligheid tegen overstromingen blijft de basis. De primaire en regionale keringen houden we op hoogte en sterkte; bij ruimtelijke ontwikkelingen achter de dijk vragen we aandacht voor de gevolgen van een doorbraak.',
    'Droogte is een groeiend probleem. We willen water langer vasthouden in de haarvaten van het systeem, in sloten, beekdalen en de bodem, zodat landbouw en natuur in droge zomers minder tekort komen.',
    'Schoon water is nodig voor drinkwater, natuur en recreatie. We werken met gemeenten, boeren en industrie aan het terugdringen van meststoffen, gewasbeschermingsmiddelen en opkomende stoffen in het oppervlaktewater.',
    'Afvalwater zuiveren we steeds beter en slimmer. Rioolwaterzuiveringen worden energiefabrieken die grondstoffen terugwinnen; we zoeken naar ruimte om ze in de toekomst te kunnen uitbreiden.',
  ],
  landschap: [
    'Het landschap verschilt van plek tot plek: open polders, besloten beekdalen en hogere zandgronden met bossen en heide. Nieuwe ontwikkelingen sluiten aan bij de kenmerken van het landschapstype waarin zij liggen.',
    'Waar het landschap verandert door energie, woningbouw of landbouw, vragen we om een landschappelijk inpassingsplan. Daarin staat hoe het plan de kwaliteit van de omgeving behoudt of versterkt.',
  ],
}

/** The n-th paragraph of a theme (cycling), with place and area word filled in. */
export function alinea(thema: string, n: number, p: string, g = 'gemeente'): string {
  const xs = POOL[thema]
  if (!xs || xs.length === 0) throw new Error(`no prose for theme ${thema}`)
  const s = xs[n % xs.length] ?? ''
  return s.replace(/\{p\}/g, p).replace(/\{g\}/g, g)
}

/** n paragraphs of a theme starting at `from`. */
export function alineas(thema: string, from: number, n: number, p: string, g = 'gemeente'): string[] {
  return Array.from({ length: n }, (_, i) => alinea(thema, from + i, p, g))
}

export const THEMAS = Object.keys(POOL)
