/**
 * Base-form verbs that start an action in minutes ("That Andy Thomas look at ...",
 * "That Andy Thomas contact ..."). Used where nothing else marks the verb: a subjunctive
 * "That <name> <verb>" clause, where "That Safer Communities performance be noted" must not
 * read as a person and a task.
 */
const VERBS = new Set(
  `look contact consider check provide circulate recirculate re-circulate arrange liaise invite write send prepare report
  present bring update share organise organize attend email e-mail speak talk discuss explore investigate follow raise feed
  confirm clarify ensure establish identify develop draft redraft produce set seek obtain find give take make meet work lead
  chair coordinate co-ordinate convene submit forward distribute publish add amend include remove agree approve inform notify
  advise respond reply ask request source collate compile gather analyse analyze assess monitor pursue progress escalate refer
  signpost engage support help assist facilitate schedule book visit continue complete finalise finalize chase pick put get
  go come return explain outline map scope cost fund consult brief train deliver implement design plan test trial pilot
  launch promote publicise publicize advertise call phone ring telephone link connect introduce nominate appoint recruit
  procure commission evaluate audit measure record log track note examine determine decide resolve address tackle reconvene
  revise rewrite collect secure negotiate lobby hold host run create build extend expand reduce increase improve join
  represent participate cascade disseminate relay pass highlight flag undertake carry conduct perform do review re-examine
  test draw identify bring keep maintain set-up setup sign approach challenge compare reconcile refresh reissue re-issue
  rerun respond canvass offer agree allocate assign confirm deliver transfer upload download collate benchmark
  place retrieve remind file pay order purchase buy repair replace install inspect obtain renew cancel contact notify thank
  write-up circulate display post print erect clear clean cut mow trim repaint paint fix distribute invoice bank
  commence begin start reposition`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when `word` (any case) is a base-form verb that can start a task. */
export function isTaskVerb(word: string): boolean {
  return VERBS.has(word.toLowerCase());
}
