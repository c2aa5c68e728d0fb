// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mention.h"
#include "core/mentiondictionary.h"

#include <QList>
#include <QStringView>

namespace Broadsheet::Core {

// Finds the banks and companies an article mentions. Pure and thread-safe: one extractor can
// serve every thread of an import.
//
// Sources, in the order they are trusted:
//  - Sina's markup in the raw body: <span id="stock_sh601398"><a …>工商银行</a></span>,
//    <span id="stock_hk00939">, and <!-- news_keyword_pub,stock,sh600000&sh601288 -->. It must
//    be given the body as written, before sanitizing removes ids and comments. A code that is
//    not in the dictionary still gives a mention, named by the link text.
//  - Stock codes in the text: 601398.SH, sh601398, 00939.HK, HK:00939, 证券代码：000001,
//    A股（600036）, Xueqiu's $招商银行(SH600036)$, and a bare （601398） or （00939） right after
//    the name of the same entry. A code right after a name is part of that mention.
//  - Names, full names and aliases from the dictionary, the longest match winning
//    (中国农业发展银行 is not 农业银行; 中国工商银行 is one mention of 工商银行). A branch
//    (工商银行河南省分行, 人民银行郑州中心支行) counts for its bank.
//
// Words that look like names but are not (resources/dictionary/README.md explains each):
//  - a name followed by 业 (银行业, 中国银行业协会; 业绩, 业务, 业主 and 业已 are fine), 行业 or
//    产业; a bank name ending in 银行 followed by 间 (银行间市场), 家 (银行家) or 保险监督 /
//    保险业 / 保险报 (中国银行保险监督管理委员会);
//  - a bank name right after a foreign country (美国进出口银行);
//  - two-character aliases ending in 行 (工行, 中行 …) inside words: 员工行为, 其中行业, 提交行政;
//  - two-character bank aliases followed by 证券, 基金, 信托, 集团 … (a sister company);
//  - list-only aliases (兴业, 民生, 光大, 华夏, 平安, 中信) count only as an item of a list next
//    to another bank (招行、兴业、民生等), or with their code;
//  - context-only names (company names under three characters, common words such as 机器人,
//    places such as 陆家嘴) count only with their code or as the link text of Sina's markup.
class MentionExtractor final
{
public:
    explicit MentionExtractor(const MentionDictionary &dictionary = MentionDictionary::builtin());

    // rawBody: the article body as written (HTML, Markdown or text), read for Sina's markup only.
    // text: the article's plain text (PlainText::fromHtml()); occurrences are offsets into it.
    // Returns the mentions sorted: banks first, then companies; each by count (descending),
    // then name.
    QList<Mention> extract(QStringView rawBody, QStringView text) const;

    const MentionDictionary &dictionary() const { return m_dictionary; }

private:
    MentionDictionary m_dictionary; // shares the data of the one given
};

} // namespace Broadsheet::Core
