/**
 * Reporting verbs of news copy ("she said", "he also stressed", "Mr Khan criticised"), and the
 * adverbs and auxiliaries that may stand between a subject and its verb, as regex sources.
 */

export const VERB =
  "said|says|added|adds|stated|remarked|told|noted|mentioned|stressed|emphasi[sz]ed|underlined|underscored|highlighted|pointed out|observed|asserted|clarified|confirmed|explained|recalled|elaborated|reiterated|maintained|informed|replied|responded|urged|expressed|hoped|announced|welcomed|condemned|rejected|regretted|deplored|warned|cautioned|called|termed|described|dismissed|denied|shared|apprised|briefed|appreciated|lauded|acknowledged|reaffirmed|affirmed|opined|insisted|argued|voiced|vowed|demanded|sought|conveyed|disclosed|rubbished|ruled out|made it clear|answered|declined|refused|criticised|criticized|hailed|commented|reacted|believed|regarded|felt|viewed|spoke|went on|continued|concluded|summed up|deflected|avoided|referred|quoted|cited|defended|questioned|asked";

export const VERB_RE = `(?:${VERB})\\b`;

export const BETWEEN =
  "(?:,?\\s+(?:also|further|however|again|once again|categorically|strongly|firmly|clearly|specifically|particularly|then|later|had|has|was|would|though|too|emphatically|unequivocally|however,)|,)*";
