/**
 * The English catalogue: every word the site's own code shows a reader (content is in content/).
 * It is the typed source of truth: another locale's catalogue must have exactly these keys
 * (lib/i18n/messages/index.ts checks that at compile time) and the same {placeholders}
 * (tests/unit/i18n.test.ts). Texts with {name} are filled by `fill` or <Rich> (lib/i18n/format.ts).
 * Labels of closed sets reuse the taxonomy's English names, so English is written once.
 */
import { CONTACT_TYPES, COUNTRIES, REVIEW_STATUSES, SECTIONS, SOURCE_KINDS } from '../../model/taxonomy'

/** "in the United States", not "in United States": names that take "the" inside a sentence. */
const THE = new Set(['US', 'GB', 'PH'])
const countriesInSentence = Object.fromEntries(
  Object.entries(COUNTRIES).map(([code, name]) => [code, THE.has(code) ? `the ${name}` : name]),
) as {
  [K in keyof typeof COUNTRIES]: string
}

export const en = {
  /** BCP 47 tag for Intl (dates and numbers): British English writes "28 November 2026". */
  intl: 'en-GB',
  site: {
    tagline: 'Plain facts about meth and other stimulants',
    description:
      'Plain-language, cited facts about meth and other stimulants: risks, overdose, safer use, treatment and where to get help.',
  },
  chrome: {
    skipLink: 'Skip to main content',
    mainNav: 'Main',
    topics: 'Topics',
    sources: 'Sources',
    about: 'About',
    getHelpNow: 'Get help now',
    home: 'Home',
    aboutLong: 'About and editorial policy',
    privacy: 'Privacy',
    allSources: 'All sources',
    footerNote:
      '{site} is not a medical service. In an emergency, call your local emergency number. No cookies, no tracking. Text:',
    opensNewTab: ' (opens in a new tab)',
    /** Ids of the about page's privacy and licence sections: the slugs of their headings there (rehype-slug). */
    privacyAnchor: 'privacy',
    licenceAnchor: 'licence',
    inEnglish: '(in English)',
    languages: 'Languages',
    notTranslated: '{language}: this page is not translated yet',
    search: 'Search',
    /**
     * The quick exit (components/layout/quick-exit.tsx): its words, and the everyday site it opens instead
     * of ours. Choose, per language, a site that is ordinary to be seen on and that loads where the
     * language's readers live (Bing loads in mainland China too; Google does not).
     */
    quickExit: 'Leave this site',
    quickExitTo: 'https://www.bing.com/',
  },
  labels: {
    sections: SECTIONS,
    reviewStatus: REVIEW_STATUSES,
    sourceKinds: SOURCE_KINDS,
    contactTypes: CONTACT_TYPES,
    countries: COUNTRIES,
    countriesInSentence,
  },
  citations: {
    marker: 'Source ',
    heading: 'Sources',
    intro:
      'The numbers in the text link here. “Read the passage” opens the source at the words we used, where your browser supports it.',
    aboutSourceOnSite: 'About this source on {site}',
    aboutSource: 'About this source',
    whatWeUsed: 'What we used ({id}):',
    readPassage: 'Read the passage',
    inSource: ' in “{title}”',
    backToText: 'Back to text:',
    place: 'place ',
    sourceMeta: '{publisher}. {kind}, {country}. Published: {published}.',
    insecure: ' This source’s address is not a secure (https) link.',
    /** After a source's details, when it is not in the page's language. */
    inLanguage: ' In {language}.',
    checkedCopy: 'Checked against this copy',
    dateNotShown: 'date not shown',
    international: 'International',
  },
  content: {
    quickCard: 'In 60 seconds',
    /** The 60-second card's two headings, exactly (structure/quick-card). */
    quickCardRisks: 'Main risks',
    quickCardDo: 'Do this',
    emergencyNumber: 'In {country}, call {number}.',
    chooseCountry: 'Choose your country or area',
    tableLabel: 'Table (scrolls sideways on small screens)',
    hours: 'Hours',
    cost: 'Cost',
    languages: 'Languages',
    privacy: 'Privacy',
    goodToKnow: 'Good to know',
    checked: 'Checked',
  },
  /** The notice on translated pages (components/page/translation-notice.tsx). */
  translation: {
    notice:
      'This page is translated from English. A native-speaking health professional has not yet reviewed the translation.',
    original: 'Read the English original',
    originalReviewed: 'The English page was last reviewed on {date}.',
    stale: 'The English page changed on {date}. This translation may be out of date.',
    staleNoDate: 'The English page has changed since this was translated. This translation may be out of date.',
    version: 'Translated from the English text {hash}.',
  },
  status: {
    overdue: 'Overdue for review since {date}.',
    reviewer: ' Reviewer: {name}.',
    checked: 'Last checked: {last}. Next check due: {next}.',
    updated: 'Last updated: {date}.',
    readingLevel: 'Reading level: {level} (grade {grade}).',
    veryEasy: 'Very easy to read: most children of 8 can read it',
    easy: 'Easy to read: most children of {age} can read it',
    fairlyEasy: 'Fairly easy to read: most people of {age} can read it',
    harder: 'Harder to read: most people of {age} can read it',
    embedNote: 'Organisations may show this page on their own website.',
    embedLink: 'See it as an embed',
    reviewedBy: 'Reviewed by {name}, {role}, on {date}.',
    changedSinceReview:
      'Changed since its review on {date}. The changes have not been reviewed by a health professional.',
    reviewKitLink: 'Review kit for health professionals',
    plainChecked: 'Reading level: checked for short sentences and common words.',
  },
  changes: {
    heading: 'What changed',
    reviewLink: 'Who has checked this page, and when',
    follow: 'Follow these changes: {atom} or {json}.',
    atomLink: 'Atom feed',
    jsonLink: 'JSON Feed',
    feedTitle: '{title}: what changed ({site})',
    localeFeedTitle: '{site}: what changed on every page in English',
    feedDescription:
      'Dated changes to {site} pages, newest first. Each entry gives the page’s current content version.',
    entryVersion: 'Current content version of the page: {version}.',
  },
  home: {
    lead: 'Clear, private and free. Every fact links to where it came from. Nobody here will judge you.',
    urgentHeading: 'Is someone in danger right now?',
    helpByCountry: 'Emergency numbers and helplines by country',
    topics: 'Topics',
  },
  sources: {
    title: 'All sources',
    description: 'Every source this site cites, from its source pack, with the pages that cite it.',
    lead: 'Every fact on this site comes from one of these {count} sources. Each one shows what we used from it and which pages use it.',
    citedOn: 'Cited on {count} page(s).',
    pageTitle: 'Source: {title}',
    pageDescription: 'What {site} uses from “{title}” ({publisher}) and where.',
    language: 'Language: {language}.',
    open: 'Open the source',
    notes: 'Notes on this source',
    used: 'What we use from it',
    citingPages: 'Pages that cite it',
    citingRef: '(source [{n}] there)',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Sorry, we cannot find that page',
    lead: 'The link may be old, or the address may have a typo.',
    help: 'If you need help now, go to {link}.',
    helpLink: 'Get help',
    home: 'Or start again from the {link}.',
    homeLink: 'home page',
  },
  embed: {
    guide: 'Plain-language guide',
    /** The iframe's title and the embed's <title> (WCAG H64). */
    frameTitle: '{title} – plain-language guide from {site}',
    snippetComment: '{site}: "{title}" (updates automatically; no cookies, no tracking)',
    snippetSource: 'Source: {link} ({licence}). Kept up to date automatically.',
    oembedSource: '{title} – {site} (source, {licence})',
    helpBoxLabel: 'Get help now',
    helpBoxLead: 'Get help now.',
    helpBoxText: ' If someone is in danger, call your local emergency number.',
    helpBoxLink: 'Helplines by country',
    helpBoxSigns: 'What to do, with sources',
    attribution: 'From {site}. Last reviewed: {date}. Content version: {version}.',
    readOnSite: 'Read “{title}” on {site}',
    licence: 'Licence:',
    privacy: 'Privacy: no cookies, no tracking',
  },
  search: {
    title: 'Search',
    description: 'Search {site}. Your search stays on your device.',
    label: 'What are you looking for?',
    button: 'Search',
    privacy: 'Search runs on your phone or computer. What you type is not sent to us or to anyone else.',
    allTopics: 'All topics',
    loading: 'Searching…',
    results: 'Pages about “{query}”: {count}',
    noResults: 'Nothing found for “{query}”. Try another word, or look through all topics below.',
    failed: 'Search could not start. Look through all topics below.',
  },
  handouts: {
    crisisLines: 'Crisis and mental-health lines',
    helplines: 'Helplines',
    title: 'Handouts to print',
    description:
      'One-sheet handouts to print and give out: what to do in an overdose or a mental-health crisis, and where to get help in each place.',
    lead: 'Print these and give them out. Each one fits on A4 or Letter paper. The advice and numbers are the same as on our pages, with their sources.',
    howToPrint: 'To print one, open it and use your browser’s Print command.',
    topicsHeading: 'What to do',
    placesHeading: 'Where to get help, by place',
    oneSide: 'one side of one sheet',
    twoSides: 'one sheet, both sides at most',
    /** A place's handout: the help page's title and the place. */
    placeTitle: '{title}: {place}',
    label: 'Handout from {site}',
    version: 'Version {version}. Checked: {date}.',
    address: 'Latest version: {url}',
    fullPage: 'More on our site: {url}',
    sourcesHeading: 'Sources',
    sourcesIntro: 'The numbers in [brackets] point to these sources.',
    notMedical: '{site} is not a medical service. In an emergency, call your local emergency number.',
    printThis: 'Print this as a one-sheet handout',
    allHandouts: 'Handouts to print',
    moreHelp: 'More helplines, with sources: {url}',
  },
  partner: {
    title: 'Put our pages on your website',
    description:
      'For NGOs: embed any {site} page on your site. Free, always up to date, with citations, and no tracking.',
    lead: 'Any group may show {site} pages on its own website, free. The page stays up to date by itself, keeps its sources and our name, and tracks nobody.',
    builderHeading: '1. Choose a page and how it looks',
    stepsHeading: '2. Add it to your site',
    plainHtml: 'Plain HTML',
    plainHtmlText:
      'Paste the code where the page should appear. The last line (the script) is optional: with it, the frame grows to fit the page; without it, the frame keeps a fixed height and scrolls.',
    wordpressEasy:
      'Easiest: paste the page’s address (for example {url}) on a line of its own, or into an Embed block. WordPress finds our oEmbed data ({oembed}) and shows the page. WordPress limits such frames to 1000 pixels high and does not let them scroll, so it shows a short card: the title, the summary, the emergency numbers and a link to the whole page. For the whole page inside your site, use the code above. WordPress also drops our no-referrer setting. So visitors’ browsers may tell our host which of your pages shows the card. No code of ours reads or keeps it.',
    wordpressHtml: 'Or, if you may add HTML (administrators can), use a Custom HTML block with the code above.',
    ghostText: 'Paste the page’s address into the editor for an embed card, or use an HTML card with the code above.',
    drupalText:
      'Use the code above in a text format that allows iframes (for example “Full HTML”) or in a custom block. Pasting the address needs an oEmbed module.',
    wixHeading: 'Wix and Squarespace',
    wixText:
      'Use the iframe line only (without the script) in an “Embed HTML” or code block, and set the block’s height to about 1000 pixels. We have not tested these builders ourselves.',
    termsHeading: '3. Terms',
    termsUnchanged: 'Show the page unchanged. Do not crop, cover or hide the sources or our name.',
    termsEndorse:
      'Do not suggest that {site} endorses your organisation, and do not put the page behind a paywall or next to ads that suggest sponsorship.',
    termsLicence:
      'Our text is under the {licence} licence (see {link}). If you adapt it rather than embed it, say so, and do not change numbers, doses or risks.',
    termsLicenceLink: 'Licence',
    termsRetire: 'We may retire a page. Its embed will then say so and point to a newer page, never go blank.',
    privacyHeading: '4. Our privacy promise to your visitors',
    privacyCookies:
      'No cookies and no storage: the frame is sandboxed, so it cannot keep anything on your visitors’ devices.',
    privacyAnalytics:
      'No analytics and no requests to any other company: fonts are your visitor’s own, styles are built in.',
    privacyReferrer:
      'No referrer: the code tells browsers not to tell us which of your pages shows ours, and our server asks the same of every link out.',
    privacyResize:
      'The optional resize script only reads the frame’s height. It reads nothing else on your page and stores nothing.',
    openData: 'Open data: every page is also available as JSON with its claims and sources at {url}.',
    feedsHeading: 'Follow changes to the pages you show',
    feedsText:
      'Every page lists what changed, with the date. Follow the changes in a feed reader, so you know when a page you show has changed. Each entry gives the page’s content version, as the embed shows it.',
    feedsAll: 'Every page in English: {atom} or {json}.',
    feedsPerPage:
      'One page only: each page links its own feed at its foot, under “What changed”. The address looks like {url}.',
  },
  builder: {
    page: 'Page',
    colours: 'Colours',
    themes: { light: 'Light', dark: 'Dark', auto: 'Automatic (follows the reader)' },
    textSize: 'Text size',
    normalSize: 'Normal',
    headingLevel: 'First heading level on your page',
    accent: 'Link colour (optional, like #0b57a4)',
    compact: 'Leave out the summary',
    script: 'Resize the frame to fit (adds a small script)',
    show: 'Show the code',
    noJs: 'Without JavaScript the options above cannot change the code. The code below shows “{title}”. For another page, change {slug} in the address to one of these: {slugs}.',
    preview: 'Preview',
    code: 'Your code',
    copy: 'Copy the code',
    copied: 'Copied. Paste it into your page.',
    copyFailed: 'Copy did not work here: select the code and copy it by hand.',
    selected: 'The code is selected: press Ctrl+C (or ⌘+C) to copy it.',
  },
} as const
