/**
 * The Korean catalogue (ko): English's keys (lib/i18n/messages/en.ts), every text translated, every
 * {placeholder} kept. Polite 해요체, plain and short; person-first words (docs/content-guide.md).
 * A placeholder is never followed by a particle that depends on its last sound (은/는, 을/를, 이/가,
 * 으로/로), except after {site} ("Plainly", which ends in a vowel) and fixed link texts.
 * Korean needs no article inside a sentence, so a country's name in a sentence is its plain name.
 */
import type { Messages } from './index'

/** The help directory's countries and areas ("Mainland China": 중국 본토, since 홍콩 and 대만 are listed apart). */
const countries = {
  US: '미국',
  CA: '캐나다',
  GB: '영국',
  AU: '호주',
  NZ: '뉴질랜드',
  KR: '한국',
  CN: '중국 본토',
  HK: '홍콩',
  TW: '대만',
  JP: '일본',
  PH: '필리핀',
} as const

export const ko: Messages = {
  /** Dates read "2026년 11월 28일". */
  intl: 'ko-KR',
  site: {
    tagline: '필로폰과 다른 각성제에 대한 쉬운 정보',
    description:
      '필로폰과 다른 각성제를 쉬운 말로, 출처와 함께 알려 드려요. 위험, 과다복용, 더 안전하게 쓰는 법, 치료, 도움받을 곳.',
  },
  chrome: {
    skipLink: '본문으로 바로 가기',
    mainNav: '주 메뉴',
    topics: '주제',
    sources: '출처',
    about: '소개',
    getHelpNow: '지금 도움받기',
    home: '홈',
    aboutLong: '소개와 편집 원칙',
    privacy: '개인정보',
    allSources: '모든 출처',
    footerNote:
      '{site}는 의료 서비스가 아니에요. 응급 상황이면 그 지역의 응급 번호로 전화하세요. 쿠키도 추적도 없어요. 글 라이선스:',
    opensNewTab: ' (새 탭에서 열림)',
    /** Ids of the about page's privacy and licence sections: the slugs of their headings there (rehype-slug). */
    privacyAnchor: '개인정보',
    licenceAnchor: '이용-허락',
    inEnglish: '(영어)',
    languages: '언어',
    notTranslated: '{language}: 이 페이지는 아직 번역되지 않았어요',
  },
  labels: {
    sections: {
      emergency: '응급 상황',
      methamphetamine: '필로폰(메스암페타민)',
      'treatment-support': '치료와 지원',
      'other-stimulants': '다른 각성제',
      help: '도움받기',
      reporting: '이 사이트의 바탕이 된 취재',
    },
    reviewStatus: {
      editorial: 'Plainly 편집진이 출처와 대조해 확인했어요. 아직 보건 전문가의 검토는 받지 않았어요.',
      clinical: '보건 전문가가 검토했어요.',
    },
    sourceKinds: {
      government: '정부',
      intergovernmental: '국제기구',
      'peer-reviewed': '동료 심사 연구',
      ngo: '비영리 단체',
      'harm-reduction-service': '위해 감소 서비스',
      'treatment-service': '치료 기관',
      news: '뉴스 보도',
      academic: '학술 자료',
    },
    contactTypes: {
      phone: '전화',
      sms: '문자',
      tty: '문자전화(TTY)',
      whatsapp: 'WhatsApp',
      wechat: '위챗(WeChat)',
      web: '웹사이트',
    },
    countries,
    countriesInSentence: countries,
  },
  citations: {
    marker: '출처 ',
    heading: '출처',
    intro:
      '본문의 숫자를 누르면 여기로 와요. “원문 보기”를 누르면 출처가 열려요. 브라우저가 지원하면 저희가 쓴 부분으로 바로 가요.',
    aboutSourceOnSite: '{site}의 이 출처 소개',
    aboutSource: '이 출처 소개',
    whatWeUsed: '저희가 쓴 내용({id}):',
    readPassage: '원문 보기',
    inSource: ' (“{title}”에서)',
    backToText: '본문으로 돌아가기:',
    place: '위치 ',
    sourceMeta: '{publisher}. {kind}, {country}. 발행: {published}.',
    insecure: ' 이 출처의 주소는 보안(https) 링크가 아니에요.',
    /** After a source's details, when it is not in the page's language. */
    inLanguage: ' {language}로 된 자료예요.',
    checkedCopy: '저희가 확인한 사본',
    dateNotShown: '날짜 없음',
    international: '국제',
  },
  content: {
    quickCard: '60초 요약',
    /** The 60-second card's two headings, exactly (structure/quick-card). */
    quickCardRisks: '주요 위험',
    quickCardDo: '이렇게 하세요',
    emergencyNumber: '{country}에서는 {number}번으로 전화하세요.',
    chooseCountry: '나라나 지역을 고르세요',
    tableLabel: '표 (작은 화면에서는 옆으로 밀어서 보세요)',
    hours: '운영 시간',
    cost: '비용',
    languages: '언어',
    privacy: '비밀 보장',
    goodToKnow: '알아 두세요',
    checked: '확인한 날',
  },
  /** The notice on translated pages (components/page/translation-notice.tsx). */
  translation: {
    notice: '이 페이지는 영어에서 번역했어요. 한국어가 모국어인 보건 전문가가 아직 번역을 검토하지 않았어요.',
    original: '영어 원문 읽기',
    originalReviewed: '영어 페이지는 {date}에 마지막으로 검토했어요.',
    stale: '영어 페이지가 {date}에 바뀌었어요. 이 번역은 최신이 아닐 수 있어요.',
    staleNoDate: '번역한 뒤에 영어 페이지가 바뀌었어요. 이 번역은 최신이 아닐 수 있어요.',
    version: '영어 원문 {hash} 판에서 번역했어요.',
  },
  status: {
    overdue: '다시 검토할 날짜({date})가 지났어요.',
    reviewer: ' 검토자: {name}.',
    checked: '마지막 확인: {last}. 다음 확인 예정: {next}.',
    updated: '마지막 수정: {date}.',
    readingLevel: '읽기 수준: {level} ({grade}학년 수준).',
    veryEasy: '아주 쉬워요: 8살 어린이 대부분이 읽을 수 있어요',
    easy: '쉬워요: {age}살 어린이 대부분이 읽을 수 있어요',
    fairlyEasy: '꽤 쉬운 편이에요: {age}살이면 대부분 읽을 수 있어요',
    harder: '조금 어려워요: {age}살이면 대부분 읽을 수 있어요',
    embedNote: '다른 단체도 이 페이지를 자기 웹사이트에 보여 줄 수 있어요.',
    embedLink: '퍼가기 화면 보기',
    reviewedBy: '{name}({role})이(가) {date}에 검토했어요.',
    changedSinceReview: '{date}에 검토한 뒤 내용이 바뀌었어요. 바뀐 부분은 아직 보건 전문가가 검토하지 않았어요.',
    reviewKitLink: '보건 전문가를 위한 검토 자료',
    plainChecked: '읽기 쉬움: 문장이 짧은지, 흔한 낱말을 쓰는지 검사했어요.',
  },
  home: {
    lead: '알기 쉽고, 비밀이 지켜지고, 무료예요. 모든 정보에 출처 링크가 있어요. 여기서는 아무도 나무라지 않아요.',
    urgentHeading: '지금 위험한 사람이 있나요?',
    helpByCountry: '나라별 응급 번호와 상담 전화',
    topics: '주제',
  },
  sources: {
    title: '모든 출처',
    description: '이 사이트가 인용하는 모든 출처(출처 자료집에서)와, 그 출처를 인용한 페이지.',
    lead: '이 사이트의 모든 정보는 이 출처 {count}개 중 하나에서 왔어요. 출처마다 저희가 무엇을 썼는지, 어느 페이지에 썼는지 보여 줘요.',
    citedOn: '페이지 {count}개에 인용됨.',
    pageTitle: '출처: {title}',
    pageDescription: '{site}가 “{title}”({publisher})에서 무엇을 어디에 썼는지.',
    language: '언어: {language}.',
    open: '출처 열기',
    notes: '이 출처에 대한 메모',
    used: '저희가 쓴 내용',
    citingPages: '이 출처를 인용한 페이지',
    citingRef: '(그 페이지의 출처 [{n}])',
  },
  notFound: {
    title: '페이지를 찾을 수 없어요',
    heading: '죄송해요, 그 페이지를 찾을 수 없어요',
    lead: '링크가 오래됐거나, 주소에 오타가 있을 수 있어요.',
    help: '지금 도움이 필요하면 {link}로 가세요.',
    helpLink: '도움받기',
    home: '아니면 {link}에서 다시 시작하세요.',
    homeLink: '홈페이지',
  },
  embed: {
    guide: '쉬운 말 안내',
    frameTitle: '{title} – {site}의 쉬운 말 안내',
    snippetComment: '{site}: "{title}" (자동 업데이트, 쿠키·추적 없음)',
    snippetSource: '출처: {link} ({licence}). 자동으로 최신 내용이 유지돼요.',
    oembedSource: '{title} – {site} (출처, {licence})',
    helpBoxLabel: '지금 도움받기',
    helpBoxLead: '지금 도움받으세요.',
    helpBoxText: ' 위험한 사람이 있으면 그 지역의 응급 번호로 전화하세요.',
    helpBoxLink: '나라별 상담 전화',
    helpBoxSigns: '이렇게 하세요 (출처 포함)',
    attribution: '출처: {site}. 마지막 검토: {date}. 콘텐츠 버전: {version}.',
    readOnSite: '{site}에서 “{title}” 읽기',
    licence: '라이선스:',
    privacy: '개인정보: 쿠키 없음, 추적 없음',
  },
  partner: {
    title: '저희 페이지를 여러분의 웹사이트에 넣으세요',
    description:
      'NGO(비정부기구)를 위한 안내: {site}의 어떤 페이지든 여러분의 사이트에 넣을 수 있어요. 무료이고, 늘 최신이고, 출처가 있고, 추적하지 않아요.',
    lead: '어느 단체든 {site} 페이지를 자기 웹사이트에 무료로 보여 줄 수 있어요. 페이지는 저절로 최신으로 유지되고, 출처와 저희 이름이 그대로 남아요. 아무도 추적하지 않아요.',
    builderHeading: '1. 페이지와 모양 고르기',
    stepsHeading: '2. 사이트에 넣기',
    plainHtml: '일반 HTML',
    plainHtmlText:
      '페이지가 나올 자리에 코드를 붙여 넣으세요. 마지막 줄(스크립트)은 없어도 돼요. 넣으면 프레임 높이가 페이지에 맞게 늘어나요. 넣지 않으면 높이가 고정되고 스크롤돼요.',
    wordpressEasy:
      '가장 쉬운 방법: 페이지 주소(예: {url})를 한 줄에 따로 붙여 넣거나, “임베드” 블록에 넣으세요. WordPress가 저희 oEmbed 데이터({oembed})를 찾아 페이지를 보여 줘요. WordPress는 이런 프레임의 높이를 1000픽셀로 제한하고 스크롤도 막아요. 그래서 짧은 카드를 보여 줘요. 제목, 요약, 응급 번호, 전체 페이지 링크가 들어 있어요. 사이트 안에 전체 페이지를 넣으려면 위 코드를 쓰세요. WordPress는 리퍼러를 보내지 않는 저희 설정도 지워요. 그래서 방문자의 브라우저가 어느 페이지에 카드가 있는지 저희 호스트에 알릴 수 있어요. 저희 코드는 그 정보를 읽거나 보관하지 않아요.',
    wordpressHtml: '또는 HTML을 넣을 수 있다면(관리자는 가능해요), “사용자 정의 HTML” 블록에 위 코드를 넣으세요.',
    ghostText: '편집기에 페이지 주소를 붙여 넣으면 임베드 카드가 생겨요. 아니면 HTML 카드에 위 코드를 넣으세요.',
    drupalText:
      'iframe을 허용하는 텍스트 형식(예: “Full HTML”)이나 사용자 정의 블록에 위 코드를 넣으세요. 주소만 붙여 넣으려면 oEmbed 모듈이 필요해요.',
    wixHeading: 'Wix와 Squarespace',
    wixText:
      '“Embed HTML”이나 코드 블록에 iframe 줄만(스크립트 없이) 넣고, 블록 높이를 약 1000픽셀로 맞추세요. 이 빌더들은 저희가 직접 시험해 보지 않았어요.',
    termsHeading: '3. 이용 조건',
    termsUnchanged: '페이지를 바꾸지 말고 그대로 보여 주세요. 출처나 저희 이름을 자르거나, 가리거나, 숨기지 마세요.',
    termsEndorse:
      '{site}가 여러분의 단체를 보증한다는 인상을 주지 마세요. 페이지를 유료 결제 뒤에 두거나, 후원처럼 보이는 광고 옆에 두지도 마세요.',
    termsLicence:
      '저희 글은 {licence} 라이선스를 따라요({link} 참고). 퍼가지 않고 고쳐 쓴다면 그렇다고 밝히세요. 숫자, 용량, 위험은 바꾸지 마세요.',
    termsLicenceLink: '라이선스',
    termsRetire:
      '페이지를 내릴 수도 있어요. 그러면 그 임베드가 그 사실을 알리고 새 페이지를 안내해요. 빈 화면이 되지는 않아요.',
    privacyHeading: '4. 여러분의 방문자에게 드리는 개인정보 약속',
    privacyCookies: '쿠키도 저장도 없어요. 프레임은 샌드박스 안에 있어서 방문자의 기기에 아무것도 남길 수 없어요.',
    privacyAnalytics:
      '분석 도구도, 다른 회사로 가는 요청도 없어요. 글꼴은 방문자 기기에 있는 것을 쓰고, 스타일은 안에 들어 있어요.',
    privacyReferrer:
      '리퍼러(referrer)를 보내지 않아요. 여러분의 어느 페이지가 저희 페이지를 보여 주는지 알리지 말라고 코드가 브라우저에 요청해요. 저희 서버도 밖으로 나가는 모든 링크에 같은 요청을 해요.',
    privacyResize:
      '크기 조절 스크립트(선택)는 프레임 높이만 읽어요. 여러분 페이지의 다른 것은 읽지 않고, 아무것도 저장하지 않아요.',
    openData: '공개 데이터: 모든 페이지는 주장과 출처를 담은 JSON으로도 있어요. 주소: {url}',
  },
  builder: {
    page: '페이지',
    colours: '색',
    themes: { light: '밝게', dark: '어둡게', auto: '자동 (읽는 사람의 설정을 따름)' },
    textSize: '글자 크기',
    normalSize: '보통',
    headingLevel: '여러분 페이지에서 첫 제목의 단계',
    accent: '링크 색 (선택, 예: #0b57a4)',
    compact: '요약 빼기',
    script: '프레임 크기를 내용에 맞추기 (작은 스크립트 추가)',
    show: '코드 보기',
    noJs: '자바스크립트가 없으면 위 선택으로 코드를 바꿀 수 없어요. 아래 코드는 “{title}” 페이지를 보여 줘요. 다른 페이지를 넣으려면 주소에서 {slug} 부분을 다음 중 하나로 바꾸세요: {slugs}.',
    preview: '미리 보기',
    code: '코드',
    copy: '코드 복사',
    copied: '복사했어요. 페이지에 붙여 넣으세요.',
    copyFailed: '여기서는 복사가 안 돼요. 코드를 선택해서 직접 복사하세요.',
    selected: '코드가 선택됐어요. Ctrl+C(또는 ⌘+C)를 눌러 복사하세요.',
  },
}
