/**
 * The idioms and compounds that read a weak spelling as ordinary English ("as long as",
 * "margin of error", "building block", "gas turbine"), by word: the data half of
 * lib/match/sense-cues.ts, which decides with it.
 */

/** [pattern the text before the match must end with, pattern the text after it must start with]. */
export type Idiom = readonly [before: RegExp | null, after: RegExp | null];

const NOT_MARKETS = String.raw`(?!(?:position|positions|trade|trades|side|call|calls|put|puts|exposure|leg|legs|liquidation|liquidations|perp|perps|perpetual|perpetuals|futures|bias|squeeze|holders?|sellers?|buyers?|traders?|option|options|gamma|vol|volatility|vega|delta|contract|contracts|open interest|ratio|interest|token|tokens|eth|btc|sol|[A-Z]{2,})\b)`;

/** Idioms and compounds, by the matched word folded to lower case, plural "s" removed. */
export const IDIOMS: Readonly<Record<string, readonly Idiom[]>> = {
  long: [
    [/\bas $/, /^ as\b/],
    [/\b(?:how|too|so|very|as|that|this|quite|rather|fairly|relatively|pretty|no|any|much|not) $/, null],
    [/\b(?:in|over|for) the $/, /^ (?:run|term|haul)\b/],
    [null, /^[ -](?:term|standing|lived|range|running|awaited|haul|time|ago|before|after|while|enough|story|list|line|wait|way|distance|form|interval|delay|period|day|week|night|shot|tail|read|string|text|name|names|hours?|days?|years?|months?|weeks?|minutes?|seconds?|ms|history|tradition|process|road|journey|chain|sequence|series|run)\b/i],
    [/\ba $/, new RegExp(`^ ${NOT_MARKETS}[a-z]`)],
    [/\b(?:the|its|their) $/, /^ (?:run|term|haul|tail)\b/],
  ],
  short: [
    [/\bin $/, /^(?:[,.;:]|\s+(?:supply|order)\b)/],
    [null, /^ (?:for|of|notice|supply)\b/],
    [null, /^[ -](?:term|lived|sighted|range|circuit|cut|list|answer|version|form|hand|while|time|period|distance|interval|delay|story|summary|name|names|string|text|read|break|walk|trip|video|clip|hours?|days?|years?|months?|weeks?|minutes?|seconds?|ms|paragraph|sentence|description|message|intro|introduction|guide|overview)\b/i],
    [/\b(?:cut|fall|falls|fell|fallen|falling|come|comes|came|run|runs|ran|stop|stops|stopped|sell|sold) $/, /^(?![ ](?:eth|btc|the market|positions?|[A-Z]{2,}))/],
    [/\b(?:how|too|so|very|quite|rather|fairly|relatively|pretty|is|was|be|been|are|were|remains?|kept|keep|stays?) $/, new RegExp(`^(?:[,.;:!?]|$| (?:and|but|or|enough|compared|than|because)\\b| ${NOT_MARKETS}[a-z])`)],
    [/\ba $/, new RegExp(`^ ${NOT_MARKETS}[a-z]`)],
  ],
  option: [
    [/\bno $/, null],
    [null, /^ (?:to|of|for|is available|are available|but)\b/],
    [/\b(?:other|one|two|three|four|several|many|various|configuration|config|command-line|command line|cli|more|best|default|following|available|additional|easiest|simplest|safest|first|second|third|last|another|each|both|either|neither|your|my|our|their|an?|the|this|that|these|those) $/, /^(?!\s+(?:contracts?|premiums?|sellers?|buyers?|writers?|holders?|strateg(?:y|ies)|vaults?|pricing|chains?|markets?|trading|traders?|expir(?:y|ies)|greeks|positions?|protocols?|exchanges?|series|strikes?|prices?|expires|expired|is exercised|are exercised|exercise|payoffs?|books?)\b)/],
  ],
  leverage: [
    [null, /^ (?:the|a|an|our|their|its|this|these|those|your|existing|it|them|such)\b/],
  ],
  block: [
    [/\bbuilding $/, null],
    [/\b(?:city|code|text|cell|memory|disk|apartment|office|concrete|wooden|stumbling|road|mental|writer'?s|starting|ice|cinder|quote|comment|html|css|inline|basic|try|catch|finally|if|else|function|try-catch|scope|storage|data) $/, null],
    [null, /^ (?:of (?:text|code|memory|flats|apartments|time|shares|seats|rooms|houses|ice|wood|stone|marble|granite|cheese|data|bytes|lines|instructions)|quote|quotes|quotation|element|elements|level|comment|comments|device|devices|letters|capitals|diagram|party|chain of command|list|lists|scope|statement|statements|editor|editors)\b/],
    [/\b(?:to|will|would|can|could|may|might|must|should|also|cannot) $/, null],
  ],
  margin: [
    [null, /^ of (?:error|safety|victory|profit|security|tolerance)\b/],
    [/\b(?:safety|error|profit|gross|net|operating|wide|narrow|small|large|thin|slim|comfortable|razor-thin|big|huge|page|left|right|top|bottom|inner|outer|default|negative|auto|collapsing|collapsed) $/, null],
    [/\bby an? (?:\w+ )?$/, null],
    [null, /^-(?:left|right|top|bottom|inline|block)\b/],
    [null, /^ (?:notes?|area|box|collapse|collapsing|property|properties|values?)\b/],
  ],
  epoch: [
    [/\b(?:unix|posix|linux|since the) $/, null],
    [null, /^[ -](?:time|timestamps?|seconds?|milliseconds?|ms|millis|nanoseconds?|converter|of training)\b/],
    [/\btraining $/, null],
  ],
  delta: [
    [null, /^ between\b/],
    [null, /^ of (?:the two|two|these|those|both|values|the values|times|timestamps)\b/],
    [/\b(?:time|timestamp|river|mekong|nile|mississippi|okavango|kronecker|dirac|mu|sigma) $/, null],
    [null, /^[ -](?:encoding|update|updates|compression|sync|lake|table|tables|region|function|time|t|x|y|airlines?|air)\b/i],
  ],
  mining: [
    [/\b(?:gold|coal|copper|iron|silver|data|text|process|open-pit|open pit|strip|underground|deep-sea|deep sea|surface|placer|hard-rock|uranium|lithium|real-world|diamond|tin|zinc|quartz|opinion|pattern|web|graph|repository|knowledge|crypto-free|sand|salt|phosphate|bauxite|nickel) $/, null],
    [null, /^ (?:town|towns|camp|camps|company|companies|claim|claims|shaft|shafts|district|industry|engineers?|engineering|stocks?|operations|sites?|equipment|law|laws|rights|boom|accident|disaster|disasters|communit(?:y|ies)|region|regions|village|villages)\b/],
  ],
  bridge: [
    [null, /^ (?:the gap|that gap|this gap|gaps|between|over|across|of (?:a|the) (?:ship|nose|song|guitar|violin))\b/],
    [/\b(?:suspension|toll|foot|railway|rail|road|stone|wooden|covered|draw|rope|land|golden gate|brooklyn|tower|river|arch|cable-stayed|truss|beam|pontoon|swing|lift|network|docker|ethernet|h-|north|south|east|west|old|new|burn|burned|burnt|burning) $/, null],
    [null, /^ (?:mode|interface|network|device|loan|loans|club|game|tournament|player|players|hand|hands|deck|table|piece|card|cards|engineer|engineers|engineering|design|deck|span|spans|pier|piers|abutment)\b/],
  ],
  mint: [
    [/\b(?:in|royal|us|u\.s\.|united states|philadelphia|denver|san francisco|national|perth|the royal|fresh|dried|chopped|wild|garden|chocolate|pepper|spear|apple|water|corsican|lemon|pineapple) $/, /^(?! (?:function|fee|price|amount|limit|cap|authority|tx|transaction|address)\b)/],
    [null, /^ (?:condition|leaves|leaf|sauce|tea|julep|green|flavou?r|flavou?red|family|plants?|sprigs?|jelly|chocolate|oil|extract|mark|marks|state|master|mark)\b/],
  ],
  burn: [
    [null, /^ (?:rate|calories|fat|fuel|wood|coal|gas|oil|down|out|victims?|injur(?:y|ies)|unit|units|ward|scar|scars|the midnight|a hole|bridges|through cash|cash)\b/],
    [/\b(?:sun|heart|razor|rug|freezer|slow|chemical|first-degree|second-degree|third-degree|severe|minor) $/, null],
  ],
  stake: [
    [/\bat $/, null],
    [null, /^(?:s)? (?:out|a claim|their claim|his claim|her claim|its claim|in the ground|is high|are high)\b/],
    [/\b(?:high|the|low|raise the|raised the|wooden|tomato|tent|garden|metal|bamboo|plant|plants|vampire|a) $/, /^(?:s\b)?(?! (?:pool|pools|eth|sol|atom|tokens?|rewards?|delegation|weight|distribution|amount|ratio|rate|account|accounts|holders?)\b)/],
  ],
  gas: [
    [/\b(?:natural|greenhouse|tear|noble|inert|shale|nerve|laughing|exhaust|flue|poison|poisonous|toxic|liquefied|liquefied natural|town|coal|marsh|sewer|landfill|pipeline|cooking|bottled|propane|methane|ideal|real|hot|cold|compressed) $/, null],
    [null, /^ (?:station|stations|stove|stoves|turbine|turbines|pipeline|pipelines|tank|tanks|mask|masks|leak|leaks|giant|giants|field|fields|furnace|boiler|boilers|oven|heater|heaters|grill|cylinder|cylinders|can|cans|chromatography|emissions?|flaring|well|wells|pump|pumps|pedal|mileage|heating|cooker|lamp|lamps|law|laws|constant|phase|molecules?|exchange|giant|industry|reserves|production|imports|exports|supply|supplies|shortage)\b/],
    [/\b(?:the|a|of|and|or) $/, /^ (?:and oil|or oil|and electricity|and coal|, oil)\b/],
  ],
  pool: [
    [/\b(?:swimming|thread|connection|worker|process|buffer|object|car|gene|talent|tide|tidal|rock|plunge|kiddie|wading|infinity|outdoor|indoor|public|private|hotel|olympic|heated|lap|diving|spa|motor|typing|labor|labour|secretarial|reflecting|betting|football|office|resource|string|constant|ip|address|storage|job|task|goroutine|db|database|session) $/, null],
    [null, /^ (?:table|tables|cue|cues|hall|halls|noodle|party|parties|deck|fence|chemicals?|water|cleaner|cleaning|heater|cover|covers|liner|filter|filters|size|sizes|lanes?|depth|area|house|toys?|game|games|shark|player|players|of (?:workers|threads|connections|resources|candidates|talent|water|blood|light|applicants|labor|labour|memory|money|knowledge|experts))\b/],
  ],
  fork: [
    [null, /^(?:s|ed|ing)? (?:the (?:repo|repository|project|code)|a (?:repo|repository|project|process|child)|your (?:repo|repository|own)|my (?:repo|repository)|of (?:the|this) (?:repo|repository|project)|in the road|and clone|and knife|and spoon)\b/],
    [/\b(?:dinner|salad|tuning|pitch|table|carving|garden|replication|process|git|github|tines of a|knife and) $/, null],
    [null, /^(?:\(\)| (?:button|bomb|lift|lifts|truck|trucks|join|handle|tines?))\b/],
  ],
  node: [
    [null, /^\.js\b/i],
    [/\b(?:tree|leaf|child|parent|root|dom|text|element|lymph|graph|intermediate|sibling|next|previous|first|last|current|internal|head|tail|list|linked|sentinel|document|xml|html|attribute|comment|ast|syntax|neighbo(?:u)?ring|adjacent|source|target|destination|terminal|hidden|output|input|compute|worker|kubernetes|k8s|cluster|master) $/, null],
    [null, /^ (?:modules?|package|packages|version|versions|process|tree|trees|type|types|list|lists|value|values|pointer|pointers|object|objects|id|ids|label|labels|degree|weights?|embedding|embeddings|pool|pools)\b/],
  ],
  key: [
    [null, /^ (?:property|properties|feature|features|difference|differences|point|points|idea|ideas|insight|insights|goal|goals|component|components|role|roles|factor|factors|question|questions|takeaway|takeaways|concept|concepts|part|parts|aspect|aspects|advantage|advantages|benefit|benefits|metric|metrics|step|steps|term|terms|player|players|area|areas|issue|issues|challenge|challenges|reason|reasons|result|results|findings?|change|changes|element|elements|decision|decisions|detail|details|lesson|lessons|theme|themes|driver|drivers|risk|risks|requirement|requirements|design|assumption|assumptions|to (?:understanding|success))\b/],
    [/\b(?:the|a|one|two|three|is|are|was|were|remains|remain|very|most|more|especially|particularly) $/, /^(?:[,.;:]|$| (?:here|to|for|in|when)\b)/],
    // "all key components", "several key OP Stack parts": a quantifier before a bare "key" makes it an adjective.
    [/\b(?:all|several|many|other|few|major|main|two|three|four|five) $/, /^ [\p{L}]/u],
  ],
  hash: [
    [null, /^(?:es)? (?:browns?|of (?:potatoes|it|things|leftovers)|house|brownies?)\b/],
    [/\b(?:corned beef|corned-beef|beef|potato|sweet potato|make a|made a|makes a|making a|breakfast|turkey|red flannel) $/, null],
  ],
  consensus: [
    // The agreement of people, not of nodes: "some consensus that", "broad consensus among".
    [null, /^ (?:that|on whether|among|amongst|view|views|opinion|estimate|estimates|forecast|forecasts|builder|builders|building|decision)\b/],
    [/\b(?:some|broad|general|growing|rough|wide|widespread|scientific|political|public|expert|emerging|little|clear|reach a|no real|no clear) $/, null],
  ],
  staking: [
    [null, /^ (?:out|a claim|their claim|his claim|her claim|plants?|tomato(?:es)?|the plants|your plants|stems?|vines?|trees?)\b/],
    [/\b(?:plant|tomato|garden|tree|fence|tent) $/, null],
  ],
  merge: [
    [null, /^ (?:of|with|into|request|requests|conflict|conflicts|commit|commits|sort|queue|window|tool|strategy|base|button|fields?|cells?)\b/],
    [/\b(?:git|pull|to|will|would|can|could|may|might|must|should|also|a|fast-forward|squash|three-way) $/, null],
  ],
  validator: [[/\b(?:form|input|schema|html|xml|json|email|field|data|w3c|markup|css|link|url|type) $/, null]],
  wallet: [[/\b(?:leather|oracle|fabric|paper|slim|bifold|trifold|front-pocket|men's|women's|lost|stolen|thick|fat|empty) $/, /^(?! (?:address|addresses|app|apps|extension|software|provider|connect))/]],
  token: [
    [/\b(?:access|auth|authentication|bearer|api|csrf|jwt|refresh|session|oauth|oauth2|security|id|identity|sas|service account|personal access|github|pat|cancellation|cancel|abort|lexical|parser|parse|input|output|prompt|end-of-sequence|eos|bos|special|unknown|unk) $/, null],
    [/\bby the same $/, null],
    [null, /^ (?:bucket|buckets|limit|limits|budget|budgets|count|counts|window|embeddings?|per (?:second|minute)|expir(?:y|ation)|endpoint|refresh|lifetime|validation|introspection)\b/],
    [/\btokens? per $/, null],
  ],
  yield: [
    [null, /^(?:s|ed|ing)? (?:to|the floor|a |an |the |results|better|similar|different|more|less|no|control|significant|insights?|curve)\b/],
    [/\b(?:crop|grain|harvest|wheat|corn|rice|milk|reaction|percent|percentage|theoretical|actual|chemical|product) $/, null],
    [/\b(?:to|will|would|can|could|may|might|must|should|also|which|that|it|they) $/, null],
  ],
  spread: [
    [null, /^(?:s|ing)? (?:out|across|over|through|throughout|among|around|the|a|an|to|of (?:the disease|disease|infection|fire|news|ideas|information|misinformation))\b/],
    [/\b(?:to|will|would|can|could|may|might|must|should|also|quickly|rapidly|widely|which|that|it|they|news|rumors|rumours|fire|disease|virus|infection|butter|cheese|bed|two-page|double-page|magazine|cheese) $/, null],
  ],
  call: [
    [null, /^(?:s|ed|ing)? (?:it|them|this|that|him|her|us|me|for|back|on|out|up|off|in|into|to|a function|the function|a method|the method|function|method|stack|site|sites|graph|center|centre|centers|centres)\b/],
    [/\b(?:function|method|contract|external|internal|static|system|api|rpc|remote|phone|conference|roll|wake-up|close|judgment|judgement|tough|last|first|recursive|nested|async|sync|synchronous|asynchronous|delegate|low-level|eth_|so|so-|video|sales|cold|curtain|margin|duty|house|bird|mating|distress|booty|pep|cattle|casting) $/, null],
  ],
  put: [
    [null, /^(?:s|ting)? (?:it|them|this|that|him|her|us|me|in|into|on|onto|up|down|out|off|away|aside|together|forward|through|back|the|a|an|your|our|their|its|simply|differently|another way|more|less|some|all|any|pressure|an end)\b/],
    [/\b(?:to|be|been|was|were|is|are|will|would|can|could|may|might|must|should|also|simply|just|then|we|they|you|i|he|she|it|which|who|hard-pressed|http|get|post|delete|patch) $/, null],
  ],
  layer: [
    [/\b(?:ozone|outer|inner|top|bottom|thin|thick|protective|single|double|extra|base|surface|soil|rock|clay|sand|paint|fat|skin|cell|neural|hidden|input|output|dense|convolutional|attention|transport|network|physical|link|session|presentation|application|data link|osi|tcp\/ip|abstraction|persistence|service|ui|presentation|business|caching|cache|boundary|atmospheric|mixed|layer-by-) $/, null],
    [null, /^ (?:of (?:paint|dust|snow|ice|soil|fat|skin|cells|abstraction|complexity|security|protection|meaning|the atmosphere)|cake|cakes|hair|haircut|norm|normalization|mask|masks|panel|styles?)\b/],
  ],
  vault: [
    [/\b(?:bank|pole|gymnastics|gymnastic|safe|wine|burial|family|underground|barrel|ribbed|groin|cross|hashicorp|the pole|a pole|seed) $/, null],
    [null, /^ (?:door|doors|of (?:heaven|the sky)|into|over|toilet|toilets|height|heights|table|runway|jump|score|final|finals|routine)\b/],
  ],
  liquidity: [[/\b(?:keynesian|market-wide|global|monetary|central bank|bank|banking|corporate|balance-sheet|funding|household|trap) $/, /^(?! (?:pools?|providers?|mining|incentives|positions?|tokens?|depth))/], [null, /^ (?:trap|preference|ratio|coverage|crisis|crunch)\b/]],
  oracle: [
    [/\b(?:the|an) $/, /^ (?:of (?:delphi|apollo)|at delphi|database|databases|db|cloud|corporation|corp|sql|wallet|wallets|client|instant|linux|java|jdbc|jdk|forms|apex|e-business|weblogic|solaris|virtualbox)\b/i],
    [/\b(?:delphic|ancient|greek|delphi|pythian|the delphic) $/, null],
  ],
  slot: [
    [null, /^ (?:machine|machines|canyon|car|cars|receiver|receivers|antenna|die|dies|of time|in (?:the|a|your|my) (?:schedule|calendar|diary))\b/],
    [/\b(?:time|expansion|coin|card|pci|pcie|sim|memory|ram|dimm|parking|mail|named|default|scoped|vue|react|svelte|web component|shadow dom) $/, null],
  ],
  position: [
    [null, /^ (?:of (?:the (?:cursor|mouse|element|window|sun|moon|planet|body|camera|player|ball|object|character|word|caret)|power|authority|strength|weakness|trust)|paper|papers|statement|statements|description|descriptions|title|titles|absolute|relative|fixed|sticky|static)\b/],
    [/\b(?:cursor|mouse|caret|scroll|camera|player|element|gps|sitting|standing|lying|seated|upright|starting|job|staff|faculty|leadership|managerial|senior|junior|tenure-track|tenured|css|absolute|relative|fixed|sticky|static|his|her) $/, /^(?! (?:size|sizes|limit|limits|value|holders?))/],
  ],
  governance: [[/\b(?:corporate|internet|data|it|global|public|local|school|church|university|project|open-source|open source|information) $/, null]],
  reward: [[/\b(?:the|a|its own|their own|his own|her own) $/, /^ (?:for (?:good|hard|your|their)|is (?:worth|its own))\b/], [/\bits own $/, null]],
  deposit: [[/\b(?:mineral|ore|gold|silver|copper|coal|oil|gas|fat|fatty|calcium|plaque|sediment|sedimentary|glacial|security|damage|rental|bottle|direct) $/, null]],
  fee: [[/\b(?:entrance|tuition|admission|membership|late|legal|parking|license|licence|registration|booking|cancellation|service|consultation|court|filing|application|association|hoa|finder's|referral) $/, null]],
  premium: [[/\b(?:insurance|health|life|auto|car|home|monthly|annual|policy) $/, null], [null, /^ (?:subscription|plan|plans|tier|tiers|account|accounts|version|member|members|membership|content|quality|brand|brands|seating|seats|economy|gasoline|fuel|beer|wine)\b/]],
  strike: [[null, /^(?:s)? (?:a balance|a chord|a deal|a pose|out|through|back|again|fear)\b/], [/\b(?:general|hunger|rail|railway|labor|labour|air|drone|military|missile|lightning|first|pre-emptive|preemptive|lucky|teachers'?|workers'?|union|nationwide) $/, null]],
  bond: [[/\b(?:chemical|covalent|ionic|hydrogen|metallic|double|triple|single|peptide|glycosidic|disulfide|phosphodiester|emotional|strong|close|family|james) $/, null], [null, /^ (?:angle|angles|length|lengths|energy|energies|dissociation|order|between (?:the|two) (?:atoms|carbon|molecules))\b/]],
  principal: [[null, /^ (?:investigator|investigators|component|components|axis|axes|dancer|dancers|actor|actors|photography|engineer|engineers|architect|architects|designer|designers|consultant|consultants|scientist|scientists|author|authors|character|characters|city|cities|source|sources|reason|reasons|cause|causes|difference|differences|part|parts|role|roles|value|values|ideal|ideals|office|offices|place|residence)\b/], [/\b(?:school|assistant|vice|the school|a school) $/, null]],
  maturity: [[/\b(?:emotional|sexual|physical|mental|process|capability|digital|organizational|organisational|technical|technological|product|market|cmmi|reach|reached|reaching|reaches|show|shows|showed|lack of|full|early|late) $/, /^(?! (?:date|dates|of (?:the )?(?:bond|bonds|loan|loans|note|notes|option|options|contract|contracts|token|tokens)))/], [null, /^ (?:model|models|level|levels|assessment|assessments)\b/]],
  coupon: [[/\b(?:discount|promo|promotional|store|grocery|printable|digital|retail|restaurant|valid|expired|free|shopping|clip|clipping|redeem (?:a|the|your)) $/, null], [null, /^ (?:code|codes|book|books|clipping|clippers?|site|sites|app|apps|for (?:a|the|free|\d))\b/]],
  collateral: [[null, /^ (?:damage|damages|circulation|ligament|ligaments|vessels?|artery|arteries|consequences?|effect|effects|branch|branches|relative|relatives|line|lines|attack|attacks|estoppel|source|sources|benefit|benefits)\b/]],
  exchange: [[null, /^(?:s|d)? (?:of (?:ideas|views|information|letters|gifts|fire|blows|prisoners|words|messages|data|students|greetings)|students?|program|programs|programme|programmes|server|servers|online|rate (?:of|between) (?:energy|gas|heat))\b/], [/\b(?:cultural|student|heat|ion|ion-|gas|air|plasma|foreign|in|key|diffie-hellman|message|data|information|file|pleasantries|telephone|phone|stock|private branch|pbx) $/, /^(?! (?:rate|rates))/]],
};
