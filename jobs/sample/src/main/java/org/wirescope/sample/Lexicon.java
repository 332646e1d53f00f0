package org.wirescope.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the sample corpus is written from: the recurring persons, the topics with their
 * designed monthly shares, and the text pools. Every sentence here was written for this generator;
 * none is taken from a real article.
 */
final class Lexicon {
  private Lexicon() {}

  /** The corpus covers January to August 2025 (UTC months). */
  static final int YEAR = 2025;

  static final int FIRST_MONTH = 1;
  static final int MONTHS = 8;

  static final List<Person> PERSONS =
      List.of(
          new Person(
              "Vladimir Putin",
              "Putin",
              false,
              'R',
              3.0,
              List.of("Putin", "Kremlin"),
              Person.fixed("Russian President", "the Russian leader")),
          new Person(
              "Dmitry Peskov",
              "Peskov",
              false,
              'R',
              2.2,
              List.of("Kremlin", "Peskov"),
              Person.fixed("Kremlin Spokesman", "the press secretary", "the Kremlin spokesman")),
          new Person(
              "Sergey Lavrov",
              "Lavrov",
              false,
              'R',
              2.0,
              List.of("Lavrov", "Russian top diplomat"),
              Person.fixed("Foreign Minister", "the minister", "the top Russian diplomat")),
          new Person(
              "Maria Zakharova",
              "Zakharova",
              true,
              'R',
              1.2,
              List.of("Zakharova", "Russian diplomat"),
              Person.fixed(
                  "Foreign Ministry Spokeswoman",
                  "the spokeswoman",
                  "the Foreign Ministry spokeswoman")),
          new Person(
              "Donald Trump",
              "Trump",
              false,
              'U',
              2.0,
              List.of("Trump", "White House"),
              Person.changing(
                  LocalDate.of(2025, 1, 20),
                  Person.fixed("US President-elect", "the president-elect"),
                  Person.fixed("US President", "the US president", "the US leader"))),
          new Person(
              "Marco Rubio",
              "Rubio",
              false,
              'U',
              1.0,
              List.of("Rubio", "State Department"),
              Person.changing(
                  LocalDate.of(2025, 1, 21),
                  Person.fixed("US Senator", "the senator"),
                  Person.fixed(
                      "US Secretary of State", "the secretary of state", "the top US diplomat"))),
          new Person(
              "Xi Jinping",
              "Xi",
              false,
              'N',
              1.0,
              List.of("Xi", "Beijing"),
              Person.fixed("Chinese President", "the Chinese leader")),
          new Person(
              "Emmanuel Macron",
              "Macron",
              false,
              'E',
              0.7,
              List.of("Macron", "Elysee"),
              Person.fixed("French President", "the French president", "the French leader")),
          new Person(
              "Friedrich Merz",
              "Merz",
              false,
              'E',
              0.6,
              List.of("Merz", "Berlin"),
              Person.changing(
                  LocalDate.of(2025, 5, 6),
                  Person.fixed("CDU leader", "the CDU leader"),
                  Person.fixed("German Chancellor", "the chancellor", "the German chancellor"))),
          new Person(
              "Recep Tayyip Erdogan",
              "Erdogan",
              false,
              'N',
              0.9,
              List.of("Erdogan", "Ankara"),
              Person.fixed("Turkish President", "the Turkish leader", "the Turkish president")),
          new Person(
              "Narendra Modi",
              "Modi",
              false,
              'N',
              0.6,
              List.of("Modi", "New Delhi"),
              Person.fixed("Indian Prime Minister", "the Indian prime minister")),
          new Person(
              "Antonio Guterres",
              "Guterres",
              false,
              'N',
              0.7,
              List.of("Guterres", "UN chief"),
              Person.fixed("UN Secretary-General", "the UN chief", "the secretary-general")),
          new Person(
              "Ursula von der Leyen",
              "von der Leyen",
              true,
              'E',
              0.7,
              List.of("von der Leyen", "European Commission"),
              Person.fixed(
                  "European Commission President",
                  "the commission president",
                  "the head of the European Commission")));

  static Person person(String surname) {
    for (Person p : PERSONS) {
      if (p.surname().equals(surname)) {
        return p;
      }
    }
    throw new IllegalArgumentException(surname);
  }

  /** Tags that ride along with a main topic now and then: steady background topics. */
  static final String RUSSIA_US = "Russia-US relations";

  static final String SANCTIONS = "Sanctions";

  static final Topic ARCTIC =
      new Topic(
          "Arctic shipping",
          "Economy",
          "economy",
          List.of("MOSCOW", "MURMANSK", "ARKHANGELSK", "ST. PETERSBURG"),
          affinity(
              "Putin",
              3,
              "Peskov",
              2,
              "Lavrov",
              1,
              "Zakharova",
              1,
              "Xi",
              1,
              "Modi",
              1.2,
              "Trump",
              0.6),
          List.of(
              "[R] {S} expects record cargo traffic on Northern Sea Route",
              "[R] Northern Sea Route open to partners from {country}, says {S}",
              "[R] Icebreaker escorts to start earlier this season - {S}",
              "[R] {S} rules out limits on foreign ships in Arctic waters",
              "[R] Arctic transit season to open in {next_month}, {S} says",
              "[RN] Arctic container line to link {port} with Asian ports, {S} says",
              "[N] {S} eyes Arctic route for part of Asian cargo",
              "[UE] {S} voices concern over growth of Arctic shipping"),
          List.of(
              "[R] Russia expected a record number of transit voyages on the Northern Sea Route this summer",
              "[R] the icebreaker fleet would be ready to escort convoys earlier than in previous years",
              "[R] shipping companies from {country} had asked for a timetable of Arctic escorts",
              "[R] foreign ships were welcome on the Northern Sea Route as long as they followed Russian rules",
              "[N] companies from {country} were studying the northern route as an alternative to the Suez Canal",
              "[UE] the growth of traffic in the Arctic had to go hand in hand with safety standards",
              "[U] Washington was following Russian activity in the Arctic closely"),
          List.of(
              "[R] The Northern Sea Route is open to partners",
              "[R] Our icebreakers will be ready by {next_month}",
              "[R] We expect a record number of transit voyages",
              "[R] Arctic shipping is not a political project",
              "[R] The port of {port} needs new berths",
              "[R] Cargo owners count every day saved at sea",
              "[R] We have never closed the Arctic to anyone",
              "[R] The ice is thinner than ten years ago",
              "[R] Our crews know these waters better than anyone",
              "[R] Every convoy this summer will have an escort",
              "[R] Asian shippers are asking about winter voyages",
              "[R] The route is safer than its critics claim",
              "[N] Our companies see the northern route as an option",
              "[N] We are ready to build Arctic ships together",
              "[N] The northern route could carry part of our exports",
              "[N] Our shipyards are interested in ice-class vessels",
              "[UE] Freedom of navigation in the Arctic matters to everyone",
              "[UE] We are watching Arctic traffic closely",
              "[UE] Safety in the Arctic cannot be an afterthought",
              "[UE] The Arctic must remain a region of low tension",
              "[U] The Arctic matters more for American security every year",
              "[U] We will not leave the Arctic to others"),
          List.of(
              "[R] and no sanctions can change the geography",
              "[R] and the figures this season will prove it",
              "[R] and our partners in Asia know it well",
              "[R] as anyone who has sailed there will tell you",
              "[N] and the shorter route saves our exporters real money",
              "[N] and we will decide on purely commercial grounds",
              "[UE] and safety must always come before speed",
              "[UE] and the environment cannot pay the price",
              "[U] and we are going to be there"),
          List.of(
              "[R] No one will be able to shut the Arctic to trade, whatever is decided in other capitals.",
              "[R] Partners from {country} have asked for a timetable, and they will get an answer within weeks.",
              "[R] This season the convoys will leave {port} earlier than ever.",
              "[R] We are building {nw} new icebreakers, and each of them will be needed.",
              "[R] The route is about cargo, ports and jobs, not about politics.",
              "[N] We will decide on Arctic voyages on commercial grounds alone.",
              "[UE] The Arctic must remain a region of low tension.",
              "[UE] A shorter route to Asia is attractive, but it cannot come at the expense of the environment.",
              "[U] We will not let others write the rules for the Arctic without us.",
              "[R] The ice will not wait for politicians, and neither will the cargo.",
              "[R] Every year the season starts earlier, and every year we are ready.",
              "[R] Foreign captains are welcome, but they sail under our rules.",
              "[R] If we build the ports, the ships will come.",
              "[N] Our exporters want choice, and the Arctic gives them one more.",
              "[UE] We do not object to trade, but we do object to risk.",
              "[U] We will be in the Arctic, and we will be there in force."),
          List.of(
              "the Western criticism of Arctic shipping|was",
              "the new insurance rules for Arctic voyages|were",
              "the restrictions on ice-class tankers|were",
              "the latest forecasts for Arctic traffic|were"),
          List.of(
              "the prospects for Arctic shipping",
              "the work of the icebreaker fleet",
              "cargo traffic on the Northern Sea Route",
              "plans for a container line through the Arctic"),
          List.of(
              "Cargo traffic on the Northern Sea Route reached {mt} million tonnes last year, according to the route operator.",
              "The summer navigation season in the eastern Arctic usually opens in early July.",
              "{Nw} nuclear-powered icebreakers now work on the route, and more are under construction.",
              "A test voyage by a container ship from {port} to Shanghai took {days} days.",
              "Insurers have raised premiums for ice-class tankers by about {pct}% this year.",
              "Port authorities in {port} reported {k} new requests for berth slots last week.",
              "The route cuts the sea journey between northern Europe and East Asia by roughly a third compared with the Suez Canal."),
          List.of(
              "Western commentators have described the growing traffic as a <<polar silk road>>.",
              "Some European officials call the route a <<sanctions corridor>>.",
              "Operators dismissed talk of an Arctic <<gold rush>> as premature."),
          List.of(
              "The plans are set out in the document <<Northern Sea Route Development Plan to 2035>>.",
              "The figures were published in the annual review <<Arctic Transit Outlook>>."));

  static final Topic GRAIN =
      new Topic(
          "Grain deal",
          "World",
          "world",
          List.of("MOSCOW", "ANKARA", "ISTANBUL", "GENEVA", "UNITED NATIONS"),
          affinity(
              "Erdogan",
              3,
              "Guterres",
              3,
              "Lavrov",
              2,
              "Putin",
              1.5,
              "Zakharova",
              1,
              "Peskov",
              1,
              "Rubio",
              0.5),
          List.of(
              "[R] {S} sees no grounds to revive grain deal on old terms",
              "[RN] Grain export talks to continue in {venue}, {S} says",
              "[R] {S} urges guarantees for Russian fertilizer exports",
              "[N] {S} proposes new formula for Black Sea food exports",
              "[N] {S} says world food prices depend on Black Sea shipping",
              "[UE] {S} calls for safe passage for grain ships"),
          List.of(
              "[R] Moscow saw no grounds to return to the grain deal on the old terms",
              "[R] the obligations to Russia under the memorandum on food and fertilizer exports had not been met",
              "[R] Russian exporters would keep supplying grain to the poorest countries",
              "[N] the sides remained far apart on the terms of Black Sea grain exports",
              "[N] a new round of consultations on food exports could take place in {venue}",
              "[UE] any arrangement on Black Sea shipping had to respect international law"),
          List.of(
              "[R] The promises made to Russia remain on paper",
              "[R] We are ready to ship grain free of charge",
              "[R] There can be no one-sided deals",
              "[R] Our agricultural bank is still cut off from SWIFT",
              "[R] Russian farmers have harvested a good crop",
              "[R] Our wheat is reaching buyers in Africa",
              "[R] The fertilizer memorandum has never been fulfilled",
              "[R] Nobody in the West talks about our fertilizers",
              "[R] The old grain deal served Western traders",
              "[R] Food security is not a slogan for us",
              "[N] Food must never become a weapon",
              "[N] We keep talking to both Moscow and Kyiv",
              "[N] Bread prices in {country} are rising again",
              "[N] The poorest countries cannot wait much longer",
              "[@Guterres] The United Nations is ready to help again",
              "[@Erdogan] Turkey has kept the channels of dialogue open",
              "[UE] Grain ships must be able to sail safely",
              "[UE] We support every effort to feed the hungry",
              "[UE] Food exports should never be held hostage"),
          List.of(
              "[R] and nobody in the West has explained why",
              "[R] but our exporters keep working regardless",
              "[R] and the figures for this season prove it",
              "[N] and the Black Sea must stay open to grain ships",
              "[N] and the poorest countries are waiting for an answer",
              "[UE] and the Black Sea is no exception"),
          List.of(
              "[R] Our partners know that Russia keeps its word on food supplies.",
              "[R] The old deal was a one-way street, and nobody should expect us to return to it.",
              "[R] We shipped wheat to {country} last month, and the next cargo is already being loaded.",
              "[N] The poorest countries pay the highest price when grain ships stand idle.",
              "[N] We are ready to host the next round of talks on food exports.",
              "[N] We will keep talking to both Moscow and Kyiv until a formula is found that both sides can accept.",
              "[R] Our exporters will find routes to their buyers with or without a new agreement.",
              "[UE] Safe passage for merchant ships in the Black Sea is in the interest of the whole world.",
              "[R] When the West talks about food security, it forgets who grows the grain.",
              "[R] Our wheat goes where it is needed, not where politicians tell it to go.",
              "[R] We did our part, now it is the turn of the others.",
              "[N] Every ship that sails carries hope, and every ship that waits costs lives.",
              "[N] Hunger does not take sides, so neither should food.",
              "[UE] We want grain to flow, and we want it to flow safely."),
          List.of(
              "the Western approach to the grain talks|was",
              "the latest proposals on Black Sea shipping|were",
              "the restrictions on Russian fertilizer exports|were",
              "the new inspection regime for grain ships|was"),
          List.of(
              "the fate of the grain deal",
              "food exports through the Black Sea",
              "the memorandum on Russian fertilizer exports",
              "world food prices"),
          List.of(
              "The Black Sea Grain Initiative expired in July 2023 after Moscow declined to extend it.",
              "Russian wheat exports are forecast at about {mt2} million tonnes this season.",
              "Insurance for ships carrying grain from Black Sea ports costs several times more than before 2022.",
              "The next round of consultations is expected to take place in {venue}.",
              "A memorandum on Russian food and fertilizer exports was signed together with the grain deal in 2022.",
              "Importers in {country} have asked for long-term supply contracts.",
              "Wheat futures rose by {pct}% over the week."),
          List.of(
              "Critics called the arrangement a <<humanitarian corridor>> in name only.",
              "Traders have taken to calling the route a <<grey corridor>>."),
          List.of(
              "The proposals build on the <<Memorandum on Russian Food and Fertilizer Exports>>.",
              "The figures come from the report <<Food Security in a Fragmented World>>."));

  static final Topic ENERGY =
      new Topic(
          "Energy prices",
          "Economy",
          "economy",
          List.of("MOSCOW", "BRUSSELS", "NEW DELHI", "VIENNA", "BERLIN"),
          affinity(
              "Putin",
              2.5,
              "Peskov",
              1,
              "Modi",
              2,
              "von der Leyen",
              2,
              "Trump",
              1,
              "Xi",
              1,
              "Merz",
              1,
              "Macron",
              0.6),
          List.of(
              "[E] {S} says Europe will not return to Russian gas",
              "[R] Oil price cap has failed, says {S}",
              "[R] {S} warns of higher gas prices in Europe next winter",
              "[N] {S} expects energy cooperation with Russia to grow",
              "[RN] Energy cooperation with {country} to grow, {S} says",
              "[E] {S} links industrial slowdown to energy costs",
              "[U] {S} calls on allies to buy more American gas"),
          List.of(
              "[R] those who had refused Russian gas were now paying for that decision themselves",
              "[R] Russia would sell oil to anyone who wanted to buy it at market prices",
              "[R] contracts with partners from {country} were being honoured in full",
              "[E] Europe would not return to depending on a single supplier of energy",
              "[E] high energy prices were hurting European industry",
              "[U] American gas was ready to replace supplies that Europe had lost",
              "[N] energy would be bought wherever it was cheapest for consumers"),
          List.of(
              "[R] Those who refused our gas are paying for it",
              "[R] Energy should not be a tool of sanctions",
              "[R] The price cap has only made the market nervous",
              "[R] Demand for our oil in Asia is growing",
              "[R] Our contracts with {country} are long-term",
              "[R] We sell oil at market prices",
              "[R] European industry is paying for political decisions",
              "[R] Russian gas was cheap and reliable for decades",
              "[R] Our exporters have found new routes to buyers",
              "[R] The market will always find its balance",
              "[E] Europe will not return to a single supplier",
              "[UE] We have to bring energy prices down",
              "[E] Our gas storage is in good shape",
              "[UE] Energy independence is a question of security",
              "[E] European industry needs affordable electricity",
              "[E] Every euro paid for Russian fuel is a mistake",
              "[U] American gas is ready to fill the gap",
              "[U] We have more energy than anyone on earth",
              "[U] Our allies should buy American energy",
              "[N] We buy energy where it is cheapest",
              "[N] Stable prices help producers and consumers alike",
              "[N] Our people cannot pay for other conflicts",
              "[N] Energy cooperation with all partners serves our interests"),
          List.of(
              "[R] and the market knows it perfectly well",
              "[R] but our buyers in Asia see things differently",
              "[R] and the figures for this year confirm it",
              "[UE] and we will not change course now",
              "[UE] or we will lose our industry to other continents",
              "[U] and we are going to sell a lot of it",
              "[N] and our partners know that very well"),
          List.of(
              "[R] The market will always find its balance, whatever politicians decide.",
              "[R] Our oil and gas will find buyers, as they always have.",
              "[R] We will sell oil to those who want to buy it, at market prices and without any caps.",
              "[R] Our contracts with {country} are long-term, and we are honouring every one of them.",
              "[UE] We have to bring prices down for our industry, or we will lose it to other continents.",
              "[E] Our gas storage is in good shape, and we are better prepared than two years ago.",
              "[U] American gas is ready to fill the gap, and our allies should buy it.",
              "[UE] Energy independence is now a question of security, not only of economics.",
              "[E] Every euro we pay for Russian fuel is a euro we should not be paying.",
              "[N] We will not let our consumers pay for other people's conflicts.",
              "[U] We have more energy than any country on earth, and we are going to sell it.",
              "[R] Cheap energy made Europe rich, and expensive energy is making it poorer.",
              "[R] If they want our oil, they know where to find us.",
              "[R] Sanctions come and go, but geography stays.",
              "[E] We paid a high price for dependence, and we will not pay it again.",
              "[U] If Europe wants gas, we have plenty of it.",
              "[N] Our first duty is to our own consumers, and we make no apology for that."),
          List.of(
              "the price cap on Russian oil|was",
              "the European plans to phase out Russian gas|were",
              "the latest sanctions on tankers|were",
              "the new gas storage targets|were"),
          List.of(
              "the situation on the energy market",
              "oil prices",
              "gas supplies to Europe",
              "the price cap on Russian oil"),
          List.of(
              "European gas storage sites were {pct2}% full at the start of the week, according to industry data.",
              "Brent crude traded at about ${brent} a barrel this week.",
              "The G7 price cap on Russian crude was introduced in December 2022.",
              "Exports of Russian oil to {country} have grown steadily over the past two years.",
              "OPEC+ is due to review its output policy at a meeting next month.",
              "Industrial electricity prices in the euro area remain well above the levels of 2020."),
          List.of(
              "Officials in Brussels have targeted what they call Russia's <<shadow fleet>> of tankers.",
              "Analysts doubt that the so-called <<price cap>> has changed the flow of oil."),
          List.of(
              "The measures are part of the <<REPowerEU>> plan.",
              "The forecast was published in the monthly <<Energy Market Outlook>>."));

  static final Topic TARIFFS =
      new Topic(
          "Trade tariffs",
          "World",
          "world",
          List.of("WASHINGTON", "BEIJING", "BRUSSELS", "NEW DELHI", "PARIS"),
          affinity(
              "Trump",
              4,
              "Xi",
              3,
              "von der Leyen",
              2,
              "Rubio",
              1.2,
              "Modi",
              1.2,
              "Macron",
              1,
              "Merz",
              1,
              "Peskov",
              0.6,
              "Putin",
              0.5),
          List.of(
              "[U] {S} announces new tariffs on imports from {country}",
              "[U] {S} says tariffs will bring factories back",
              "[N] {S} says there are no winners in a trade war",
              "[E] {S} vows firm response to US tariffs",
              "[R] {S} says tariffs show old trade rules no longer work",
              "[N] {country} seeks talks on US tariffs, {S} says"),
          List.of(
              "[U] the tariffs would stay in place until trading partners offered fair terms",
              "[U] several countries had already asked for talks on the new duties",
              "[E] Europe would respond firmly and proportionately to the US tariffs",
              "[E] the European Commission was preparing a list of countermeasures",
              "[N] there were no winners in a trade war",
              "[N] the new duties violated the rules of the World Trade Organization",
              "[R] the tariff war showed that the old rules of world trade no longer worked"),
          List.of(
              "[U] Other countries took advantage of us for decades",
              "[U] Tariffs are bringing factories back to America",
              "[U] We are ready to make fair deals",
              "[U] Countries that treat us fairly will be treated fairly",
              "[U] Our workers have waited too long for this",
              "[U] Nobody has ever been tougher on bad trade deals",
              "[U] The tariffs are already bringing in billions",
              "[E] Europe will respond firmly and proportionately",
              "[E] We prefer negotiations to escalation",
              "[E] A trade war hurts consumers on both sides",
              "[E] Our single market is our greatest strength",
              "[E] European companies need predictability",
              "[N] There are no winners in a trade war",
              "[N] We will protect the rights of our companies",
              "[N] Our doors remain open to trade",
              "[N] Protectionism only leads to isolation",
              "[R] Russia is not on the tariff lists",
              "[R] The old rules of world trade no longer work",
              "[R] The world is moving towards regional trade blocs"),
          List.of(
              "[U] and that is over now, believe me",
              "[U] but the deals have to be fair for American workers",
              "[E] but all options are on the table, including countermeasures",
              "[E] if these tariffs are imposed on our goods",
              "[N] and protectionism leads nowhere in the end",
              "[R] and the rest of the world is drawing conclusions"),
          List.of(
              "[U] It is very simple, if they make their products here, there is no tariff.",
              "[U] For decades other countries took advantage of us, and that is over now.",
              "[U] We are ready to make deals, but they have to be fair deals for American workers.",
              "[E] Europe will respond firmly and proportionately if these tariffs are imposed.",
              "[N] Our doors remain open to trade, and we expect the same from our partners.",
              "[R] Russia is not on the tariff lists, but we are watching what this does to global trade.",
              "[U] We have lost too many jobs to bad trade deals, and we are not going to lose any more.",
              "[E] We will defend our businesses and our workers.",
              "[E] Nobody wins when walls go up between allies.",
              "[N] History shows that protectionism only leads to isolation.",
              "[R] The world is moving towards regional trade blocs, and this only speeds it up.",
              "[U] If you want to sell here, build here.",
              "[U] They laughed at us for years, nobody is laughing now.",
              "[E] We are ready to talk, but we are also ready to act.",
              "[N] Trade is a bridge between nations, tariffs only burn it.",
              "[R] Washington is punishing its friends, and its rivals are taking notes."),
          List.of(
              "the new US duties|were",
              "the tariff increase on steel and aluminium|was",
              "the threat of further tariffs|was",
              "the trade truce|was"),
          List.of(
              "the new US tariffs",
              "the trade dispute between Washington and Beijing",
              "the prospects for a trade deal",
              "the European response to the tariffs"),
          List.of(
              "The new duties are due to take effect next month.",
              "The International Monetary Fund has cut its forecast for global growth by 0.{d} percentage points.",
              "Trade between the United States and {country} exceeded ${bn} billion last year.",
              "Stock markets in Asia fell sharply after the announcement.",
              "Several governments have requested consultations at the World Trade Organization.",
              "Container bookings across the Pacific dropped by {pct}% in a month, freight data show."),
          List.of(
              "The White House has called the measures <<reciprocal>> tariffs.",
              "Officials referred to the day of the announcement as <<Liberation Day>>."),
          List.of(
              "The duties are listed in a document titled <<Fair and Reciprocal Trade Plan>>.",
              "The figures were published in the quarterly <<Global Trade Monitor>>."));

  static final Topic UKRAINE =
      new Topic(
          "Ukraine settlement",
          "Russian Politics & Diplomacy",
          "politics",
          List.of("MOSCOW", "WASHINGTON", "RIYADH", "ISTANBUL"),
          affinity(
              "Putin",
              3,
              "Peskov",
              3,
              "Trump",
              3,
              "Lavrov",
              2.5,
              "Rubio",
              2,
              "Zakharova",
              1,
              "Macron",
              1,
              "Merz",
              1,
              "Erdogan",
              1,
              "von der Leyen",
              0.5),
          List.of(
              "[R] {S}: Moscow open to dialogue on Ukraine settlement",
              "[R] {S} comments on US proposals for Ukraine settlement",
              "[R] {S} says peace plan must address root causes of conflict",
              "[U] {S} says both sides closer to a deal",
              "[E] {S} says Ukraine's security must be guaranteed",
              "[N] {S} offers to host next round of Ukraine talks"),
          List.of(
              "[R] Moscow was ready to continue its contacts with Washington",
              "[R] any settlement had to take into account the realities on the ground",
              "[R] the root causes of the conflict had to be removed",
              "[R] the next round of Russian-US consultations could take place in {venue}",
              "[U] both sides wanted the fighting to stop",
              "[U] Washington would keep talking to Moscow and Kyiv",
              "[E] Europe had to have a seat at the table",
              "[@Erdogan] Turkey was ready to host a new round of talks",
              "[N] dialogue was the only way out of the conflict"),
          List.of(
              "[R] We are open to political and diplomatic methods",
              "[R] Any agreement must reflect the realities on the ground",
              "[R] Contacts with the American side are continuing",
              "[R] We have seen no constructive European proposals",
              "[R] A ceasefire that lets Kyiv rearm is not peace",
              "[R] Russia is ready for negotiations",
              "[R] The root causes of the conflict must be removed",
              "[R] The work with Washington is difficult",
              "[R] Statements in Brussels do not bring peace closer",
              "[R] Nobody has heard a refusal to negotiate from Moscow",
              "[R] Our security interests are not up for bargaining",
              "[R] The exchange of prisoners showed what is possible",
              "[U] Both sides have to want a deal",
              "[U] We want the killing to stop",
              "[U] There will be no settlement without compromises",
              "[U] We are going to get this done",
              "[U] I think they are getting closer",
              "[U] Washington will keep talking to both sides",
              "[E] Ukraine's security must be guaranteed",
              "[E] Peace cannot mean a reward for aggression",
              "[E] Europe cannot be a bystander",
              "[E] Europe must have a seat at the table",
              "[N] Dialogue is the only way out of this conflict",
              "[@Erdogan] We are ready to host the next round",
              "[N] Every day of war means new victims"),
          List.of(
              "[R] but a durable peace needs guarantees for Russia",
              "[R] and this remains our position today",
              "[R] and the Americans understand this",
              "[U] and we are going to keep pushing hard",
              "[E] and Europe will stand by Ukraine",
              "[N] and we will support every step towards peace"),
          List.of(
              "[R] Nobody has ever heard a refusal to negotiate from Moscow.",
              "[R] The work is difficult, and it will take time.",
              "[R] Statements made in Brussels do not bring peace any closer.",
              "[U] We are going to get this done, one way or another.",
              "[U] Both sides have to want a deal, and I think they are getting closer.",
              "[U] We want the killing to stop, and we will work with anyone who helps to stop it.",
              "[E] Ukraine's security must be guaranteed in any agreement, and Europe will take part in that.",
              "[E] Europe cannot be a bystander when its own security is at stake.",
              "[N] Every day of war means new victims, and that has to end.",
              "[R] We are not against talks, we are against empty talk.",
              "[R] If someone wants peace, they know our number.",
              "[R] The sooner the West accepts reality, the sooner the fighting ends.",
              "[R] Words are cheap, what matters is what is signed.",
              "[U] I want peace, and I want it fast.",
              "[E] Peace must be just, otherwise it will not last.",
              "[N] Both sides have suffered enough, and the world has waited long enough."),
          List.of(
              "the European plans for a peacekeeping force|were",
              "the latest US proposals|were",
              "the idea of a thirty-day ceasefire|was",
              "the new sanctions package|was"),
          List.of(
              "the prospects for a Ukraine settlement",
              "the contacts between Moscow and Washington",
              "a possible meeting of the leaders",
              "European plans for Ukraine"),
          List.of(
              "Russian and US delegations last met in {venue} {weeks} weeks ago.",
              "The talks covered a possible ceasefire, prisoner exchanges and the work of the embassies.",
              "The Kremlin has repeatedly said it sees no alternative to a negotiated settlement.",
              "European capitals have discussed sending troops to Ukraine after a ceasefire, an idea Moscow rejects.",
              "The two sides exchanged {pow} prisoners of war on {weekday}."),
          List.of(
              "Several European governments have discussed sending so-called <<peacekeepers>> to Ukraine.",
              "Moscow has criticised the idea of a <<coalition of the willing>>.",
              "The plan was described in Western media as a <<reassurance force>>."),
          List.of(
              "The proposals were circulated as a paper titled <<Framework for a Durable Peace>>.",
              "The delegations discussed the draft <<Memorandum on Maritime Safety in the Black Sea>>."));

  static final Topic MIDEAST =
      new Topic(
          "Middle East",
          "World",
          "world",
          List.of("MOSCOW", "CAIRO", "RIYADH", "UNITED NATIONS", "ANKARA"),
          affinity(
              "Lavrov",
              2.5,
              "Rubio",
              2,
              "Erdogan",
              2,
              "Guterres",
              2.5,
              "Trump",
              1.2,
              "Macron",
              1,
              "Zakharova",
              1,
              "Putin",
              0.8),
          List.of(
              "[N] {S} calls for immediate ceasefire in Gaza",
              "[R] {S}: two-state solution remains only way to lasting peace",
              "[U] {S} says talks on hostages making progress",
              "[R] {S} discusses Syria with counterpart from {country}",
              "[N] {S} warns of humanitarian catastrophe in Gaza",
              "[UE] {S} urges restraint in the Middle East"),
          List.of(
              "[R] Russia stood for the creation of a Palestinian state within the 1967 borders",
              "[R] Moscow was in contact with all sides of the conflict",
              "[U] Washington was working to bring the hostages home",
              "[N] humanitarian aid had to reach Gaza without obstacles",
              "[N] the region could not afford another war",
              "[UE] all sides had to show restraint"),
          List.of(
              "[R] We support a Palestinian state within the 1967 borders",
              "[R] Collective punishment of civilians is unacceptable",
              "[R] Russia is in contact with all sides",
              "[R] The Syrians must settle the situation themselves",
              "[R] Strikes on civilian targets must stop",
              "[R] The Security Council cannot stay silent",
              "[R] Without a Palestinian state there will be no security",
              "[U] We are working around the clock on the hostages",
              "[U] Hamas can end this today",
              "[U] America stands with its partners in the region",
              "[U] We want every hostage home",
              "[N] The humanitarian situation is beyond catastrophic",
              "[N] The region cannot afford another war",
              "[N] Children in Gaza cannot wait for diplomats",
              "[N] Aid convoys are still stuck at the crossings",
              "[N] International humanitarian law applies to everyone",
              "[UE] Every side must show restraint",
              "[UE] The two-state solution is the only way",
              "[UE] Humanitarian access must be guaranteed"),
          List.of(
              "[R] and Moscow has said so at every meeting",
              "[R] whoever is responsible for it",
              "[U] and we are making real progress",
              "[N] and aid must flow without any obstacles",
              "[N] and every government must act responsibly now",
              "[UE] and we will keep saying so"),
          List.of(
              "[R] Without a Palestinian state there will be no security for anyone in the region.",
              "[R] Collective punishment of civilians is unacceptable, whoever does it.",
              "[R] Russia is in contact with all sides, including those whom others refuse to talk to.",
              "[U] We are working around the clock to bring the hostages home, and we will not rest until we do.",
              "[U] The United States will keep working with its partners in the region.",
              "[N] Children in Gaza cannot wait for diplomats to agree.",
              "[UE] We call on all sides to return to the negotiating table.",
              "[R] Double standards have no place here, yet we see them every day.",
              "[R] The longer the war lasts, the further away peace becomes.",
              "[U] We will keep working, and we will bring them home.",
              "[N] Aid is not a favour, it is an obligation.",
              "[UE] Restraint is not weakness, it is responsibility."),
          List.of(
              "the blockade of humanitarian convoys|was",
              "the latest strikes on Syria|were",
              "the draft Security Council resolution|was",
              "the plan to resettle Gaza residents|was"),
          List.of(
              "the situation in the Middle East",
              "the humanitarian crisis in Gaza",
              "the situation in Syria",
              "the talks on a ceasefire"),
          List.of(
              "According to UN agencies, more than {k} aid convoys are waiting at the crossings.",
              "The UN Security Council is due to discuss the situation at a meeting next week.",
              "Shipping through the Red Sea has fallen by about {pct}% compared with two years ago.",
              "Egypt and Qatar have acted as mediators in the talks."),
          List.of(
              "Officials have spoken of a <<humanitarian pause>> rather than a ceasefire.",
              "The plan envisages what its authors call <<safe zones>>."),
          List.of(
              "The proposals are set out in the report <<Gaza Reconstruction Needs Assessment>>."));

  static final Topic BALTIC =
      new Topic(
          "Baltic Sea security",
          "Military & Defense",
          "defense",
          List.of("MOSCOW", "KALININGRAD", "BERLIN", "BRUSSELS", "ST. PETERSBURG"),
          affinity(
              "Zakharova",
              2.5,
              "Peskov",
              2,
              "Merz",
              1.8,
              "Macron",
              1,
              "Lavrov",
              1,
              "Putin",
              1,
              "von der Leyen",
              0.8),
          List.of(
              "[R] {S} comments on NATO patrols in Baltic Sea",
              "[R] {S}: inspections of tankers in Baltic amount to piracy",
              "[R] Baltic Sea will not become NATO lake, {S} says",
              "[E] {S} says Europe will boost naval presence in Baltic",
              "[UE] {S} pledges to protect undersea cables"),
          List.of(
              "[R] NATO was turning the Baltic into a zone of confrontation",
              "[R] the detention of merchant ships in international waters amounted to piracy",
              "[R] the Baltic Fleet would ensure the safety of Russian shipping",
              "[UE] the allies would protect critical infrastructure on the seabed",
              "[E] Europe would take more responsibility for security in the Baltic region"),
          List.of(
              "[R] The Baltic Sea is not a NATO lake",
              "[R] Stopping merchant ships is piracy",
              "[R] Our fleet will protect Russian shipping",
              "[R] NATO is militarising the Baltic region",
              "[R] Every patrol near Kaliningrad is noted",
              "[R] Kaliningrad is Russian territory",
              "[R] The inspections of our tankers are illegal",
              "[R] Those who stop our ships take a risk",
              "[R] The talk of a shadow fleet is propaganda",
              "[UE] We will protect our undersea cables",
              "[E] Europe will take more responsibility in the Baltic",
              "[E] Old tankers off our coasts are a risk",
              "[UE] Our navies are working closer than ever",
              "[UE] The Baltic must stay safe for navigation"),
          List.of(
              "[R] and conclusions will be drawn in Moscow",
              "[R] and the West knows this perfectly well",
              "[R] and our military will respond if needed",
              "[UE] and we will not look away any more",
              "[UE] together with all our allies in the region"),
          List.of(
              "[R] Those who stop our ships should think about the consequences.",
              "[R] The Baltic Sea is not a NATO lake, and it will never become one.",
              "[R] Our fleet will ensure the safety of Russian shipping by every means available.",
              "[UE] We will protect our critical infrastructure on the seabed, together with our allies.",
              "[R] Kaliningrad is Russian territory, and it will be defended as such.",
              "[UE] The Baltic must remain a sea of free and safe navigation.",
              "[UE] Our navies are working closer together than ever.",
              "[R] If they stop our tankers, they should expect an answer.",
              "[R] NATO calls it deterrence, we call it provocation.",
              "[R] The Baltic was calm for decades, and it was not us who changed that.",
              "[UE] We are not looking for confrontation, but we will defend what is ours."),
          List.of(
              "the inspection of the tanker|was",
              "the new NATO patrol mission|was",
              "the proposal to inspect tankers in the Danish straits|was",
              "the latest naval drills|were"),
          List.of(
              "security in the Baltic region",
              "NATO activity in the Baltic Sea",
              "the detention of merchant ships",
              "the situation around Kaliningrad"),
          List.of(
              "NATO launched its Baltic Sentry mission in January after damage to several undersea cables.",
              "The Baltic Fleet held drills involving {k} warships this week.",
              "Finland and Estonia have stepped up checks of tankers in the Gulf of Finland.",
              "About {pct3}% of Russia's seaborne oil exports pass through Baltic ports."),
          List.of(
              "Western governments accuse Moscow of running a <<shadow fleet>> of ageing tankers.",
              "Officials in Tallinn described the patrols as <<routine>>."),
          List.of("The measures are listed in the document <<Baltic Sea Security Action Plan>>."));

  /** Main topics; each article has exactly one, plus now and then a background tag. */
  static final List<Topic> TOPICS =
      List.of(ARCTIC, GRAIN, ENERGY, TARIFFS, UKRAINE, MIDEAST, BALTIC);

  /**
   * The designed shares of each main topic per UTC month (January to August); rows sum to 1. Arctic
   * shipping is flat, bursts in May and fades; the grain deal falls from a high start; energy
   * prices are steady; tariffs burst in April; the rest is steady background.
   */
  static final double[][] MONTH_SHARES = {
    // Arctic, Grain, Energy, Tariffs, Ukraine, Mideast, Baltic
    {0.04, 0.30, 0.16, 0.04, 0.207, 0.138, 0.115},
    {0.04, 0.26, 0.16, 0.05, 0.2205, 0.147, 0.1225},
    {0.04, 0.20, 0.16, 0.06, 0.243, 0.162, 0.135},
    {0.04, 0.14, 0.16, 0.28, 0.171, 0.114, 0.095},
    {0.42, 0.08, 0.16, 0.08, 0.117, 0.078, 0.065},
    {0.20, 0.06, 0.16, 0.06, 0.234, 0.156, 0.13},
    {0.08, 0.04, 0.16, 0.06, 0.297, 0.198, 0.165},
    {0.04, 0.03, 0.16, 0.05, 0.324, 0.216, 0.18}
  };

  /** What GOLD says about each topic's designed shape. */
  static final Map<String, String> DESIGN = designs();

  private static Map<String, String> designs() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(
        ARCTIC.name(),
        "burst: flat about 4% of articles January-April, 42% in 2025-05, fading in June-July");
    m.put(GRAIN.name(), "decline: 30% of articles in 2025-01 falling every month to 3% in 2025-08");
    m.put(ENERGY.name(), "steady: 16% of articles every month");
    m.put(TARIFFS.name(), "burst: about 5% of articles, 28% in 2025-04");
    m.put(UKRAINE.name(), "background: steady share of the rest");
    m.put(MIDEAST.name(), "background: steady share of the rest");
    m.put(BALTIC.name(), "background: steady share of the rest");
    m.put(
        RUSSIA_US,
        "background tag: added to Ukraine, tariff and Middle East articles naming a US official");
    m.put(SANCTIONS, "background tag: added now and then to energy, grain and Baltic articles");
    return m;
  }

  /** Burst months of the designed topics, for GOLD. */
  static final Map<String, String> BURSTS =
      Map.of(ARCTIC.name(), "2025-05", TARIFFS.name(), "2025-04");

  static final List<String> CLOSERS =
      List.of(
          "[R] and this is our principled position on the matter",
          "[R] whatever anyone in Brussels or Washington says about it",
          "[R] and we have said so openly many times",
          "[R] and our partners understand this very well indeed",
          "[R] and nobody should have any illusions about that",
          "[R] and we will act accordingly when the time comes",
          "[R] and the facts on the ground speak for themselves",
          "[R] and I want to stress this once again today",
          "[R] and this will not change under any pressure",
          "[R] and there is nothing new in that for anyone",
          "[U] and that is going to happen very soon",
          "[U] and everybody knows it, believe me",
          "[U] and we are not going to back down",
          "[U] and the American people expect nothing less",
          "[UE] and we will keep working with our partners on it",
          "[UE] and that is what we will make clear this week",
          "[UE] and nobody should doubt our resolve on this",
          "[UE] and we will judge everyone by their actions",
          "[N] and we hope that common sense will prevail",
          "[N] and this is what the world expects from all of us",
          "[N] and we will keep our doors open to every side",
          "[N] and that is the position we will defend at every meeting");

  /** Fragments of indirect speech: "described the move as '...'". Adjectives and nouns combine. */
  static final Map<Character, List<String>> FRAGMENT_ADJECTIVES =
      Map.of(
          'R',
              List.of(
                  "reckless",
                  "cynical",
                  "short-sighted",
                  "provocative",
                  "irresponsible",
                  "hypocritical",
                  "absurd",
                  "unfriendly",
                  "illegitimate",
                  "dangerous"),
          'U', List.of("unfair", "terrible", "very bad", "long overdue", "historic"),
          'E', List.of("serious", "unjustified", "unacceptable", "regrettable", "welcome"),
          'N', List.of("worrying", "premature", "constructive", "unhelpful", "hopeful"));

  static final Map<Character, List<String>> FRAGMENT_NOUNS =
      Map.of(
          'R',
              List.of(
                  "gamble",
                  "provocation",
                  "step towards escalation",
                  "attempt to shift the blame",
                  "piece of political theatre",
                  "road to nowhere",
                  "violation of international law",
                  "bluff"),
          'U', List.of("deal", "mistake", "step", "opportunity", "situation"),
          'E', List.of("mistake", "escalation", "step backwards", "signal", "move"),
          'N', List.of("development", "step", "signal", "turn of events", "proposal"));

  /**
   * How readily each person is the main speaker of an article they appear in. The president is
   * named far more often than he is quoted; spokespeople are quoted most of the times they appear.
   */
  static final Map<String, Double> VOICE =
      Map.ofEntries(
          Map.entry("Putin", 0.5),
          Map.entry("Peskov", 1.6),
          Map.entry("Lavrov", 1.3),
          Map.entry("Zakharova", 1.6),
          Map.entry("Trump", 1.0),
          Map.entry("Rubio", 1.0),
          Map.entry("Xi", 0.6),
          Map.entry("Macron", 0.8),
          Map.entry("Merz", 0.9),
          Map.entry("Erdogan", 0.9),
          Map.entry("Modi", 0.6),
          Map.entry("Guterres", 1.0),
          Map.entry("von der Leyen", 0.9));

  /** Where each person usually speaks from: the dateline city of most of their articles. */
  static final Map<String, String> HOME =
      Map.ofEntries(
          Map.entry("Putin", "MOSCOW"),
          Map.entry("Peskov", "MOSCOW"),
          Map.entry("Lavrov", "MOSCOW"),
          Map.entry("Zakharova", "MOSCOW"),
          Map.entry("Trump", "WASHINGTON"),
          Map.entry("Rubio", "WASHINGTON"),
          Map.entry("Xi", "BEIJING"),
          Map.entry("Macron", "PARIS"),
          Map.entry("Merz", "BERLIN"),
          Map.entry("Erdogan", "ANKARA"),
          Map.entry("Modi", "NEW DELHI"),
          Map.entry("Guterres", "UNITED NATIONS"),
          Map.entry("von der Leyen", "BRUSSELS"));

  /** Sentences that place persons who are named but not quoted. */
  static final List<String> CONTEXT_ONE =
      List.of(
          "{A} has not commented on the matter publicly.",
          "{A} is expected to raise the issue at talks later this month.",
          "{A} addressed the subject in a speech earlier this week.",
          "{A} was briefed on the situation on {weekday}, officials said.");

  static final List<String> CONTEXT_TWO =
      List.of(
          "The issue was also discussed in a telephone conversation between {A} and {B} last week.",
          "{A} and {B} touched on the subject at their meeting in {prev_month}.",
          "{A} has raised the topic with {B} on several occasions.");

  /** Verbs after a quotation: "..." Peskov told reporters. */
  static final List<String> VERBS =
      List.of(
          "said",
          "said",
          "said",
          "told reporters",
          "stressed",
          "noted",
          "told journalists",
          "pointed out",
          "said at a briefing");

  static final List<String> COUNTRIES =
      List.of(
          "India",
          "China",
          "Turkey",
          "Brazil",
          "Egypt",
          "Indonesia",
          "the United Arab Emirates",
          "Vietnam",
          "Malaysia",
          "South Africa",
          "Saudi Arabia",
          "Kazakhstan");
  static final List<String> PORTS =
      List.of("Murmansk", "Arkhangelsk", "Dudinka", "Sabetta", "Pevek", "Vladivostok", "Tiksi");
  static final List<String> VENUES =
      List.of("Istanbul", "Riyadh", "Geneva", "Doha", "Abu Dhabi", "Vienna");

  private static Map<String, Double> affinity(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return m;
  }
}
