package org.wirescope.text.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists behind the heuristics, built once per JVM. All entries are lower case; callers
 * look words up with {@link #lower}. The lists are general English news vocabulary, not fitted to
 * any one corpus.
 */
public final class Words {
  private Words() {}

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Set<String> set(String words) {
    Set<String> s = new HashSet<>();
    for (String w : words.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        s.add(w);
      }
    }
    return Set.copyOf(s);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  /** Abbreviations whose period does not end a sentence (without the period). */
  public static final Set<String> ABBREVIATIONS = set("""
      mr mrs ms messrs dr gen sen sens rep reps gov lt col sgt capt cmdr adm maj st jr sr prof rev
      hon pres supt insp det brig fr ft mt gens govs atty amb
      jan feb mar apr jun jul aug sep sept oct nov dec no nos vs approx dept est fig
      """);

  /** Words before a period that never end a sentence, even before a capitalised word. */
  public static final Set<String> TITLE_ABBREVIATIONS = set("""
      mr mrs ms messrs dr gen sen sens rep reps gov lt col sgt capt cmdr adm maj st prof rev hon
      pres supt insp det brig fr gens govs atty amb
      """);

  /** Common words that start a sentence after an abbreviation like "U.S." ends one. */
  public static final Set<String> SENTENCE_STARTERS = set("""
      the he she it they we i but and in this that a an there its his her their our these those
      however meanwhile also so yet if when while after before as on at for some many most no
      """);

  /** Honorifics: stripped from names, kept in the role. */
  public static final Set<String> HONORIFICS = set("""
      mr mrs ms miss messrs dr sir dame madam lord lady mister
      """);

  public static final Set<String> FEMALE_HONORIFICS = set("mrs ms miss dame madam lady");

  /** Honorifics that only ever stand before a person's surname. */
  public static final Set<String> PERSONAL_HONORIFICS = set("mr mrs ms messrs dr mister");

  /**
   * Title and role words: a capitalised run of these before a name is the person's role
   * ("Kremlin Spokesman", "Treasury Secretary", "Federal Reserve Board Chairman").
   */
  /** Portfolios that follow "of" in a title: "Secretary of State", "Minister of Foreign Affairs". */
  public static final Set<String> PORTFOLIOS = set("""
      state defense defence foreign affairs finance justice health interior economy energy
      agriculture education trade commerce labor labour transport transportation treasury homeland
      security culture industry development exchequer""");

  public static final Set<String> TITLES = set("""
      secretary-general director-general
      president vice premier prime minister chancellor secretary spokesman spokeswoman spokesperson
      press senator sen sens rep reps representative congressman congresswoman congressmen gov
      governor mayor judge justice chief deputy assistant acting general gen lt col colonel
      lieutenant sgt sergeant capt captain admiral adm major maj commander cmdr marshal
      chairman chairwoman chair ceo cfo coo director head leader speaker ambassador envoy
      commissioner king queen prince princess emperor sheikh pope cardinal bishop archbishop
      rev reverend father imam rabbi dr prof professor attorney prosecutor sheriff officer
      treasurer auditor comptroller candidate nominee hopeful frontrunner official aide adviser
      advisor advisers strategist manager founder executive economist analyst correspondent
      editor host anchor columnist author writer member delegate mp mep lawmaker minority
      majority whip foreign defense defence interior finance economy economic trade energy
      health justice state home affairs security national council committee board federal
      reserve treasury kremlin white house senate house presidential vice-president
      first lady mr mrs ms miss dr sir dame madam lord lady mister incumbent former late
      gop democratic republican democrat u.s. us un u.n. eu nato russian american
      supreme court chief-of-staff staff campaign party opposition ruling sitting
      sec. chancellor spokesperson ombudsman registrar provost dean rector prosecutor-general
      dpr lpr comedian actor actress singer rapper activist lawyer pastor""");

  /** Positions and roles in sport, written before a player's name ("Fullback Andre Joubert"). */
  public static final Set<String> SPORTS_ROLES = set("""
      fullback halfback quarterback defender midfielder striker forward goalkeeper keeper winger
      flanker scrum-half fly-half centre-back full-back playmaker skipper coach batsman bowler
      all-rounder wicketkeeper wicket-keeper pitcher catcher shortstop outfielder infielder
      jockey trainer teammate compatriot countryman newcomer rookie veteran substitute
      champion titleholder holder seed""");

  /** Role head nouns that "the X said" may refer to. */
  public static final Set<String> ROLE_HEADS = set("""
      president premier minister chancellor secretary spokesman spokeswoman spokesperson senator
      representative congressman congresswoman governor mayor judge diplomat justice chief deputy general
      colonel lieutenant sergeant captain admiral commander marshal chairman chairwoman chair
      ceo director head leader speaker ambassador envoy commissioner king queen prince princess
      pope imam rabbi professor attorney prosecutor sheriff candidate nominee diplomat
      """);

  /**
   * Classes of role words. A class is entered by its first word, so each keeps the order it is
   * written in: {@code Set.copyOf} iterates in an order that changes from one JVM to the next.
   */
  private static final List<Set<String>> ROLE_CLASSES = List.of(
      ordered("leader president premier prime chancellor king head emperor"),
      ordered("diplomat minister ambassador envoy foreign"),
      ordered("spokesman spokeswoman spokesperson press"),
      ordered("spokeswoman spokesman spokesperson press"),
      ordered("spokesperson spokesman spokeswoman press"),
      ordered("senator sen"),
      ordered("governor gov"),
      // small classes, entered by any word: "the congressman" is a representative, "the
      // representative" a congressman or congresswoman
      ordered("representative rep congressman"),
      ordered("congresswoman representative rep"),
      ordered("ambassador envoy"),
      ordered("chairman chairwoman chair"),
      ordered("general gen commander"),
      // "the UN chief": the head of an organisation, whatever its title
      ordered("chief secretary-general director-general head chairman chairwoman commissioner"));

  private static Set<String> ordered(String words) {
    return java.util.Collections.unmodifiableSet(
        new java.util.LinkedHashSet<>(List.of(words.trim().split("\\s+"))));
  }

  /**
   * A title word, or a hyphenated compound of one: "president-elect", "secretary-general",
   * "vice-president", "commander-in-chief". The compound stays one role word, so "the
   * president-elect" finds the President-elect, not any president.
   */
  public static boolean isTitle(String lower) {
    return TITLES.contains(lower) || compoundOf(lower, TITLES)
        || (lower.length() > 5 && lower.endsWith("s") // "Senators Mitch McConnell and ..."
            && TITLES.contains(lower.substring(0, lower.length() - 1)));
  }

  /** A role head noun, or a hyphenated compound of one (see {@link #isTitle}). */
  public static boolean isRoleHead(String lower) {
    return ROLE_HEADS.contains(lower) || compoundOf(lower, ROLE_HEADS);
  }

  private static boolean compoundOf(String lower, Set<String> heads) {
    int dash = lower.indexOf('-');
    if (dash <= 0 || dash == lower.length() - 1) {
      return false;
    }
    return heads.contains(lower.substring(0, dash)) || heads.contains(lower.substring(lower.lastIndexOf('-') + 1));
  }

  /** The role words a role head noun may refer to ("the leader" -> a president). */
  public static Set<String> roleClass(String head) {
    Set<String> out = new HashSet<>();
    out.add(head);
    for (Set<String> c : ROLE_CLASSES) {
      // a class is entered by its first word ("diplomat", "leader") or any word of a small class
      boolean entry = c.iterator().next().equals(head) || (c.contains(head) && c.size() <= 3)
          || (head.equals("head") && c.contains("leader"));
      if (entry) {
        out.addAll(c);
      }
    }
    return out;
  }

  /** Words that make a capitalised run an organisation, place or thing, not a person. */
  public static final Set<String> NON_PERSON = set("""
      party committee ministry department university college school institute foundation
      association organization organisation commission council parliament duma assembly congress
      senate house court agency union federation republic kingdom states state city county
      province region district island islands river sea ocean lake mountain mountains valley bay
      gulf airport square street avenue road boulevard center centre hall palace tower building
      church cathedral mosque temple hospital club team stadium hotel bank group inc corp co ltd
      banque banco banca banka societe compagnie caisse usines savings banking credit loan loans
      bancorp gruppo grupo groupe gruppe
      plc llc company corporation holdings industries airlines airline motors energy oil gas
      exchange market markets index bureau board authority administration office service services
      army navy force forces corps police guard military fund trust news times post journal
      press tribune herald daily weekly magazine network channel radio tv television media
      review report gazette telegraph monitor observer agency reuters tass interfax ria itar
      act law treaty accord agreement doctrine plan program programme project initiative
      summit forum conference convention war revolution movement campaign caucus primary election
      day week month year century era age olympics games cup championship league
      east west north south central northern southern eastern western middle
      america europe asia africa oceania arctic antarctic pacific atlantic baltic caucasus
      crimea donbass donbas siberia kremlin pentagon capitol whitehall downing
      god lord jesus christ allah bible koran quran
      mall park garden gardens bridge port station museum library gallery theater theatre
      facebook twitter google apple microsoft amazon youtube instagram tiktok telegram whatsapp
      internet web online dow nasdaq ftse nikkei
      iphone android windows
      nations safety security peace world framework memorandum declaration charter strategy
      """);

  /**
   * Words of {@link #NON_PERSON} that no person's name has, in any language the wire writes in
   * English ("Banque Indosuez", "Home Savings", "Apex Holdings Inc"); the other words of that
   * list are surnames too ("Stephen Hall", "Tim Church").
   */
  public static final Set<String> ORG_ONLY = set("""
      ministry department university institute foundation association organization organisation
      commission inc corp ltd plc llc company corporation holdings industries airlines bancorp
      banque banco banca banka societe compagnie caisse usines savings banking credit loan loans
      bancorp gruppo grupo groupe gruppe
      """);

  /** Function words and other capitalised-at-sentence-start words that never start a name. */
  /** Words of {@link #NOT_NAME_START} that open a given name too ("Will Doyle", "May Ann Lee", "Do Kwon"). */
  public static final Set<String> NAME_START_TOO = set("will may do");

  public static final Set<String> NOT_NAME_START = set("""
      the a an and or but nor for so yet if then than when while where whereas whether because
      since after before as at by in into on onto of off out over under up down to from with
      without within about above across against along among around behind below beneath beside besides
      between beyond despite during except inside near outside through throughout toward towards
      upon via this that these those there here it its he she they we i you his her their our my
      your who whom whose which what why how all any both each every few many more most much no
      none some such other another one two three four five six seven eight nine ten
      not only also even just still already yet again ever never always often sometimes perhaps
      maybe however meanwhile moreover furthermore nevertheless instead otherwise thus hence
      indeed although though unless until once now today yesterday tomorrow tonight last next
      first second third new old is are was were be been being am do does did has
      have had will would shall should can could may might must let please thank thanks yes
      hello hi dear oh well okay ok wow like said says say asked according neither either
      breaking update exclusive watch read video photo photos live editor's note
      later earlier afterwards speaking asked addressing commenting responding writing separately
      similarly recently previously currently initially finally eventually apparently reportedly
      officials analysts critics sources experts residents witnesses authorities diplomats
      traders economists dealers bankers lawmakers legislators voters supporters protesters
      observers investors officers soldiers troops police spokesmen aides advisers reporters
      journalists democrats republicans conservatives liberals leaders members citizens people
      """);

  /** Words of {@link #NOT_NAME_START} that are also surnames after a first name ("Ian Read"). */
  public static final Set<String> LATE_NAME_OK = set("read well");

  /** Words that end the description of a person after a speech verb ("said ... X"). */
  public static final Set<String> DESCRIPTOR_STOPS = set("""
      that in on at to after before when as about with it this during while if because and or
      but by for from he she they we i you is was are were has had have would will could
      should may might can the a an one another some two three several many who which whose
      there then also not no last next earlier later today yesterday tonight recently afterward
      afterwards told said says
      """);


  /** Words opening an adverbial clause that precedes the main clause and its subject. */
  public static final Set<String> OPENING_SUBORDINATORS = set("""
      with after before as when while although though since because if despite in during amid
      unlike like following
      """);

  public static final Set<String> MONTHS = set("""
      january february march april may june july august september october november december
      jan feb mar apr jun jul aug sep sept oct nov dec
      """);

  public static final Set<String> WEEKDAYS = set("""
      monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
      sat sun
      """);

  public static final Set<String> NATIONALITIES = set("""
      american russian soviet british english scottish welsh irish french german italian spanish
      portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak
      hungarian romanian bulgarian greek turkish ukrainian belarusian georgian armenian azerbaijani
      kazakh uzbek chinese japanese korean vietnamese thai indian pakistani afghan iranian iraqi
      syrian lebanese israeli palestinian jordanian saudi egyptian libyan tunisian algerian
      moroccan african nigerian kenyan ethiopian south canadian mexican brazilian argentine
      argentinian chilean colombian venezuelan cuban peruvian australian european asian arab
      muslim christian jewish catholic protestant orthodox sunni shia shiite kurdish latino
      hispanic western eastern serbian croatian bosnian albanian estonian latvian lithuanian
      moldovan qatari emirati yemeni bahraini kuwaiti omani indonesian malaysian filipino
      singaporean mongolian taiwanese tajik kyrgyz turkmen republican democratic democrat
      republicans democrats conservative liberal libertarian socialist communist gop
      """);

  public static final Set<String> PLACES = set("""
      dhabi dubai doha suez elysee kremlin crimea donbass arctic baltic caspian
      moscow washington london paris berlin beijing tokyo kiev kyiv minsk rome madrid brussels
      geneva vienna warsaw prague budapest ankara istanbul tehran baghdad damascus beirut cairo
      riyadh jerusalem tel aviv gaza delhi mumbai islamabad kabul seoul pyongyang hanoi bangkok
      manila jakarta sydney canberra ottawa toronto montreal havana caracas bogota lima santiago
      brasilia rio buenos aires mexico york los angeles san francisco chicago boston houston
      dallas miami atlanta seattle philadelphia detroit denver phoenix vegas orlando tampa iowa
      ohio texas florida california virginia carolina nevada arizona michigan wisconsin
      pennsylvania georgia colorado utah oregon alabama alaska arkansas connecticut delaware
      hawaii idaho illinois indiana kansas kentucky louisiana maine maryland massachusetts
      minnesota mississippi missouri montana nebraska hampshire jersey dakota oklahoma rhode
      tennessee vermont wyoming manhattan brooklyn queens bronx harlem hollywood westminster
      petersburg sochi kazan vladivostok donetsk lugansk luhansk kherson zaporozhye kursk belgorod
      bryansk crimea sevastopol novosibirsk yekaterinburg kaliningrad astana almaty tashkent
      baku yerevan tbilisi chisinau vilnius riga tallinn helsinki stockholm oslo copenhagen
      amsterdam dublin lisbon athens belgrade zagreb sofia bucharest bratislava ljubljana
      davos munich frankfurt hamburg milan naples marseille lyon strasbourg hague
      """);

  /** Speech and report verbs that introduce or close a direct quotation. */
  public static final Set<String> SPEECH_VERBS = set("""
      said says say saying told tells tell telling added adds adding stressed stresses stressing
      noted notes noting stated states explained explains explaining asked asks asking wrote
      writes writing continued continues argued argues arguing insisted insists declared declares
      warned warns warning replied replies responded responds recalled recalls remarked remarks
      emphasized emphasizes emphasised emphasises claimed claims announced announces commented
      comments concluded concludes observed observes tweeted tweets posted posts quipped quips
      joked jokes admitted admits acknowledged acknowledges conceded concedes suggested suggests
      predicted predicts promised promises vowed vows urged urges contended contends maintained
      maintains complained complains cautioned cautions shouted shouts yelled yells screamed
      asserted asserts boasted boasts bragged brags charged charges countered counters demanded
      demands exclaimed exclaims mused muses pledged pledges proclaimed proclaims recounted
      recounts repeated repeats reiterated reiterates retorted retorts scoffed scoffs snapped
      snaps testified testifies underlined underlines underscored underscores wondered wonders
      answered answers agreed agrees opined opines thundered lamented laments elaborated
      summed chimed interjected interrupted confirmed confirms denied denies disclosed revealed
      reveals explained informed informs assured assures reminded reminds clarified specified
      pointed went read reads writes wrote tweeted texted emailed announced explained says
      chanted chants sang sings cried cries told added declared continued
      """);

  /** Words between a subject and its speech verb: "Peskov also said", "he has repeatedly said". */
  public static final Set<String> SUBJECT_SKIP = set("""
      also later then has had have would will once again later earlier previously recently
      repeatedly reportedly further even had already still never often just since
      """);

  /** Documents that "say" things for their issuer: "the statement said". */
  public static final Set<String> DOCUMENTS = set("statement communique communiqué release");

  public static final Set<String> DOCUMENT_BY = set("by from of");

  /** Speech verbs whose next noun phrase is the addressee, not the speaker ("told CNN"). */
  public static final Set<String> OBJECT_VERBS = set("""
      told tells tell telling asked asks asking informed informs assured assures reminded reminds
      urged urges answered answers countered counters
      """);

  /** Particles inside names: "Ursula von der Leyen", "Mohammed bin Salman". */
  public static final Set<String> PARTICLES = set("""
      von van der den de da del della di du la le bin ibn al el ben dos das do y st.
      """);

  public static final Set<String> NAME_SUFFIXES = set("jr jr. sr sr. ii iii iv");

  /** Words that name what follows them: 'the paper is entitled: “…”', 'dubbed “…”'. */
  public static final Set<String> NAMING_CUES = set("""
      titled entitled headlined subtitled dubbed named nicknamed code-named codenamed
      """);

  /**
   * Words before a quote that make it a title, name or fragment rather than a statement: the
   * naming words and these.
   */
  public static final Set<String> FRAGMENT_CUES = union(NAMING_CUES, set("""
      the a an of for as called so-called labeled labelled term
      word words phrase slogan motto book film movie show song album series column article
      headline banner sign signs by in on with from to and or his her their its our my your
      into than like about against is was are were be been being become became call calls
      branded branding described describes describe describing deemed termed
      """));

  /** Longer function words a title leaves in lower case: "Talks with Russia", "Peace after War". */
  public static final Set<String> TITLE_SMALL_WORDS = set("""
      with from into onto over upon after about above below between under against through
      towards toward within without across beyond during amid among amongst than versus
      """);

  /**
   * Conjunctions before a quote that make it part of indirect speech or of the writer's own
   * clause ('said that “I am …”', 'while “Nevada is …”'): gold counts these as reported speech.
   */
  public static final Set<String> INDIRECT_CUES = set("""
      that while whether because although though whereas unless until if since when where which
      """);

  /** Common female given names, for matching "she" to a person. */
  /** Men's given names common in news copy, written here for the name tagger's features. */
  static final Set<String> MALE_NAMES = set("""
      john james robert michael william david richard joseph thomas charles christopher daniel
      matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
      ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
      brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
      jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith roger noah
      gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
      willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
      bobby philip phillip johnny mitch mitchell chuck ted bernie newt rudy mike tom jim bill bob
      ben tony nick steve dave chris pete jeb rand hakeem barack joe mikhail vladimir dmitry dmitri
      sergey sergei alexei alexey andrei andrey nikolai nikolay ivan pavel igor oleg yuri yury
      boris viktor victor vyacheslav vasily gennady anatoly valery valentin leonid yevgeny evgeny
      konstantin maxim maksim denis ruslan ramzan arkady grigory georgy kirill stanislav vitaly
      vadim artyom anton ilya fyodor pyotr semyon timur volodymyr petro oleksandr vitali dmytro
      andriy friedrich olaf helmut gerhard wolfgang joachim hans jurgen klaus karl heinz horst
      markus lars emmanuel jacques francois nicolas jean pierre michel philippe alain laurent
      thierry pedro carlos luis javier jorge manuel miguel antonio mario matteo giuseppe sergio
      silvio enrico luigi recep tayyip mohammed muhammad mohammad ahmed ahmad hassan hussein
      omar abdullah khaled mahmoud bashar hosni yasser ismail ibrahim mustafa hamid tamim salman
      faisal ayman ekrem kemal mevlut hakan ebrahim javad narendra rahul manmohan shinzo fumio
      yoshihide jair luiz ignacio nelson kofi yair naftali ehud ariel yitzhak shimon benyamin
      viktor andrzej lech donald mateusz janusz tadeusz jaroslaw vaclav milos aleksandar
      aleksandr alexandre nursultan kassym-jomart ilham nikol serzh lukas jonas tomas nigel
      geoffrey norman neil gordon malcolm keir rishi ian iain alistair derek graham trevor colin
      martin simon hugh rupert giles clive ivor gennady viktor pavel jens rutger mark-rutte sauli
      alexis kyriakos giorgos andrej robert-fico
      harry trent stan stanley don ron tim allen allan leon leonard lloyd floyd marvin melvin
      clarence howard herbert ernest ernie eddie ed edwin elliott elliot franklin fred freddie
      frederick glenn glen gene hal harvey herman homer irving jay jeff jerome jimmy jon kirk kurt
      lance lou luke lyndon marc marco milton mitt morris murray neal nathaniel oscar otis
      ray rex rick ricky rob robbie rod rodney ross roland ronnie rudolph sam sammy seth sid sidney
      stuart stewart teddy theo theodore toby todd travis troy vernon vic wade wallace walt warren
      wes wesley wilbur willard woody zach brent bret brett chad clint cody corey craig curt curtis
      dale darrell darren derrick doug duncan dwight earl elmer emmett eli evan felix forrest gil
      gilbert greg hank hector herschel howie jake jared jasper jeremiah jimmie joel johnnie julian
      kenny kent lamar leroy lionel lyle marty maurice mel merle micah mickey miles mort nate ned
      ollie orrin owen pat percy preston quentin randall reggie reuben richie rocky roscoe russ
      rusty sherrod shane spencer sonny sterling stu tucker ty vince wendell whit zane alberto
      alejandro andres arturo cesar diego eduardo enrique ernesto fernando francisco guillermo
      gustavo hugo jaime julio marcos mauricio pablo rafael ramon raul ricardo roberto rodrigo
      salvador santiago vicente beto ahmet ali amir bilal farid hamza hasan jamal karim khalid
      mahmud nabil rashid saeed samir tariq youssef yusuf khizr sadiq imran nawaz akira haruhiko
      hiroshi kenji koichi masahiro naoto taro yukio bernard dan danny darryl devin dominic edgar
      elvis emil erik ezra francis gavin gerard gideon gus hamish harrison isaac jamie jed jeffery
      joey josh lewis lorenzo lucas marcus mason mathew mikey milo noel oliver orlando oswald otto
      pascal raphael rhys roderick rolf ronan rory saul sebastian solomon stefan sven terrence
      tobias tristan vaughn vladislav werner wilfred winston xavier yves rahm reince jared
      """);

  public static final Set<String> FEMALE_NAMES = set("""
      hillary ursula maria mary elizabeth nancy sarah sara kellyanne melania ivanka michelle
      angela theresa teresa marine kamala elizabeth susan karen linda barbara jennifer jessica
      patricia margaret lisa anna ana anne ann emily emma olivia sophia amy laura carly nikki
      condoleezza madeleine valentina tatyana tatiana svetlana olga natalia natalya irina elena
      yelena ekaterina yekaterina galina lyudmila marina veronika ella alla victoria viktoria
      julia yulia kristina christina christine katherine catherine kathleen kate kathy debbie
      deborah donna diane dianne dana huma cheryl sheryl jill hope kelly megyn rachel chelsea
      janet jane joan judith judy julie heather helen irene martha marsha maxine nicola
      penny rebecca rosa rose ruth sandra sharon stephanie tammy tulsi virginia wendy
      alexandria ayanna ilhan rashida liz betsy michele mia kirsten tammy gretchen jeanne
      jeanine mika norah gwen andrea amanda brenda carol caroline claire diana dolores eva frances
      gina grace hannah jacqueline joanne kay kristen lauren loretta marie melissa nina pamela
      paula samantha shirley tina valerie vanessa zoe giorgia ulrike kaja annalena ursula
      mette sanna jacinda sheikh hasina benazir indira golda aung petra ingrid astrid greta
      birgit sabine claudia annette heidi katrin kerstin beate agnieszka magdalena monika yuliya
      oksana iryna alina daria darya ksenia sofia sophie chloe camille ines lucia carmen pilar
      isabel isabella francesca giulia chiara fatima aisha leila yasmin noura priya sunita
      gloria dina beverly lindsey betty dorothy doris edith evelyn florence gail geraldine harriet
      hazel jean joyce kathryn kristin lois lorraine louise lucille lynn marilyn marjorie mildred
      muriel nora norma peggy phyllis rita roberta shelley sylvia thelma vera vivian wanda yvonne
      abigail alice allison amber angie ashley beth bonnie brittany candace carla carolyn cindy
      colleen connie courtney cynthia daisy dawn denise eileen elaine ellen erica erin esther
      eleanor felicia gabrielle gillian ginger hilary holly jackie janice jenna jenny jo joanna
      jodi josephine juanita kara kari katie kristi leah lena leslie lillian lily lori lucy lydia
      mabel mandy marcia margo maureen meg megan melanie meredith miriam molly monica nadia naomi
      natalie nicole nell pam patty paulette pauline priscilla regina renee rhonda rosalind roxanne
      sally selena serena shannon sheila sherry sonia stacy stacey stella sue susanne suzanne sybil
      tamara tara terri tracy trish trisha vicki vicky viola yolanda elise elisa
      """);

  /** Every given name of {@link #MALE_NAMES} and {@link #FEMALE_NAMES}. */
  public static final Set<String> GIVEN_NAMES = union(MALE_NAMES, FEMALE_NAMES);

  /** Country names in English (from the JDK's locale data) and their lower-case words. */
  public static final Set<String> COUNTRY_WORDS;

  static {
    Set<String> s = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      for (String w : lower(name).split("[^\\p{L}]+")) {
        if (w.length() > 2 && !w.equals("and") && !w.equals("the")) {
          s.add(w);
        }
      }
    }
    s.addAll(set("""
        russia america britain england scotland wales ussr us usa uk eu un nato soviet syria iran
        korea congo holland burma czechia ukraine belarus moldova kosovo palestine europe asia
        africa
        """));
    s.removeAll(set("man guinea new saint heard island islands united states republic kingdom"
        + " christmas cocos north south east west bird martin helena lucia vincent pierre kitts"
        + " marino cook marshall jordan chad georgia norfolk jersey guernsey barthélemy maarten"
        + " wallis futuna howland mayotte solomon salvador costa sierra leone hong"));
    COUNTRY_WORDS = Set.copyOf(s);
  }

  static boolean isPlaceOrGroupWord(String lower) {
    return COUNTRY_WORDS.contains(lower) || PLACES.contains(lower) || NATIONALITIES.contains(lower)
        || MONTHS.contains(lower) || WEEKDAYS.contains(lower) || NON_PERSON.contains(lower);
  }

  /** A speech verb of {@link #SPEECH_VERBS} that speaks on its own: not "pointed", "went", "read(s)" or "states", which need a word after them. */
  public static boolean isSpeechVerb(String lower) {
    return Words.SPEECH_VERBS.contains(lower) && !lower.equals("pointed") && !lower.equals("went")
        && !lower.equals("read") && !lower.equals("reads") && !lower.equals("states");
  }
}
