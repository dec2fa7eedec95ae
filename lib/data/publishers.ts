/**
 * Who publishes what, for the sourcing rules of `data:check` (docs/SOURCES.md): which sites are
 * aggregators or mirrors (never sources), which publisher a known site is, which publishers are news
 * agencies, and the one way an agency's copy read on another site is named: "Agency, via Site".
 */

/** Sites that republish other outlets' reports, or mirror reference works: cite the original instead. */
export const AGGREGATORS: Readonly<Record<string, string>> = {
  "yahoo.com": "Yahoo News",
  "newser.com": "Newser",
  "menafn.com": "MENAFN",
  "msn.com": "MSN",
  "onenewspage.com": "One News Page",
  "newsbreak.com": "NewsBreak",
  "newszop.com": "Newszop",
  "bnnbreaking.com": "BNN Breaking",
  "devdiscourse.com": "Devdiscourse",
  "localeurope.news": "Local Europe News",
  "thenewdispatch.com": "The New Dispatch",
  "agenziagiornalisticaopinione.it": "Agenzia Giornalistica Opinione",
  "spacewar.com": "SpaceWar",
  "wikimili.com": "WikiMili (a Wikipedia mirror)",
  "wikiwand.com": "Wikiwand (a Wikipedia mirror)",
};

/**
 * The publisher a known site is, under the names the data may use for it. A source whose address is
 * on one of these sites names that publisher, or, for an agency's copy, "Agency, via <that site>".
 * Longer domains win: obamawhitehouse.archives.gov is the White House, not the National Archives.
 */
export const SITE_PUBLISHERS: Readonly<Record<string, readonly string[]>> = {
  // Wire services
  "reuters.com": ["Reuters"],
  "apnews.com": ["Associated Press"],
  "hosted.ap.org": ["Associated Press"],
  "afp.com": ["Agence France-Presse"],
  "upi.com": ["UPI"],
  "efe.com": ["EFE"],
  // Official
  "iaea.org": ["International Atomic Energy Agency"],
  "un.org": ["United Nations", "United Nations Security Council"],
  "undocs.org": ["United Nations Security Council", "United Nations"],
  "unognewsroom.org": ["United Nations Office at Geneva"],
  "whitehouse.gov": ["The White House"],
  "obamawhitehouse.archives.gov": ["The White House"],
  "trumpwhitehouse.archives.gov": ["The White House"],
  "bidenwhitehouse.archives.gov": ["The White House"],
  "archives.gov": ["U.S. National Archives"],
  "state.gov": ["U.S. Department of State"],
  "defense.gov": ["U.S. Department of Defense"],
  "treasury.gov": ["U.S. Department of the Treasury"],
  "dni.gov": ["Office of the Director of National Intelligence"],
  "govinfo.gov": ["U.S. Government Publishing Office"],
  "fec.gov": ["Federal Election Commission"],
  "gov.uk": ["GOV.UK"],
  "parliament.uk": ["UK Parliament, Hansard", "UK House of Commons Library"],
  "eur-lex.europa.eu": ["EUR-Lex"],
  "eeas.europa.eu": ["European External Action Service"],
  "consilium.europa.eu": ["Council of the European Union"],
  "idf.il": ["Israel Defense Forces"],
  "mofa.gov.qa": ["Ministry of Foreign Affairs of the State of Qatar"],
  "president.ir": ["Office of the President of the Islamic Republic of Iran"],
  // Press
  "bbc.co.uk": ["BBC News"],
  "bbc.com": ["BBC News"],
  "dw.com": ["Deutsche Welle"],
  "rferl.org": ["RFE/RL"],
  "radiofarda.com": ["Radio Farda"],
  "voanews.com": ["Voice of America"],
  "aljazeera.com": ["Al Jazeera"],
  "timesofisrael.com": ["The Times of Israel"],
  "jpost.com": ["The Jerusalem Post"],
  "iranintl.com": ["Iran International"],
  "japannews.yomiuri.co.jp": ["The Japan News"],
  // State-affiliated
  "tass.com": ["TASS"],
  "irna.ir": ["IRNA"],
  "mehrnews.com": ["Mehr News Agency"],
  "tasnimnews.com": ["Tasnim News Agency"],
  "presstv.ir": ["Press TV"],
  "tehrantimes.com": ["Tehran Times"],
  "trtworld.com": ["TRT World"],
  "trt.global": ["TRT Global"],
  "cgtn.com": ["CGTN"],
  "chinadaily.com.cn": ["China Daily"],
  // Analysis and republishers that are often mislabelled as the outlet they reprint
  "iranprimer.usip.org": ["The Iran Primer, United States Institute of Peace"],
  "iranwatch.org": ["Iran Watch"],
  "mei.nus.edu.sg": ["Middle East Institute, National University of Singapore"],
  "eurasiareview.com": ["Eurasia Review"],
  "globalsecurity.org": ["GlobalSecurity.org"],
};

/** News agencies: the only publishers whose copy may be cited from another site ("Agency, via Site"). */
export const AGENCIES: readonly string[] = [
  "Reuters",
  "Associated Press",
  "Agence France-Presse",
  "UPI",
  "EFE",
  "dpa",
  "ANSA",
  "PA Media",
  "Kyodo News",
  "Yonhap",
  "Adnkronos",
];

/** The site's own host name, lowercase, without a trailing dot. Undefined for an unparseable URL. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return undefined;
  }
}

/** The entry of `table` whose domain is the host or its nearest parent ("news.yahoo.com" → "yahoo.com"). */
function lookUp<T>(table: Readonly<Record<string, T>>, host: string): [string, T] | undefined {
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join(".");
    if (Object.hasOwn(table, domain)) return [domain, table[domain]!];
  }
  return undefined;
}

/** The aggregator or mirror a URL is on, if any: [domain, name]. */
export function aggregatorOf(url: string): [string, string] | undefined {
  const host = hostOf(url);
  return host ? lookUp(AGGREGATORS, host) : undefined;
}

/** The publisher names a URL's site is known under, if the site is known: [domain, names]. */
export function sitePublishersOf(url: string): [string, readonly string[]] | undefined {
  const host = hostOf(url);
  return host ? lookUp(SITE_PUBLISHERS, host) : undefined;
}

const VIA = ", via ";

/** "Associated Press, via The Japan News" → the agency and the site the copy was read on. */
export function splitVia(publisher: string): { publisher: string; site?: string } {
  const at = publisher.lastIndexOf(VIA);
  if (at < 0) return { publisher };
  return { publisher: publisher.slice(0, at).trim(), site: publisher.slice(at + VIA.length).trim() };
}
