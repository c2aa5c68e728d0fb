// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The places MentionExtractor finds stock codes: Sina's markup in a raw body, and the code
// patterns of the text. Internal to the core library; tested through MentionExtractor.
namespace Broadsheet::Core::MentionSources {

// <span id="stock_sh601398"><a …>工商银行</a></span>, and each code of
// <!-- news_keyword_pub,stock,sh600000&sh601288 --> (those without link text).
struct MarkupStock {
    QString code; // "sh601398", "hk00939"
    QString linkText; // 工商银行; empty for the comment's codes
};
QList<MarkupStock> sinaStocks(QStringView rawBody);

struct CodeHit {
    enum class Form {
        Explicit, // 601398.SH, sh601398, 00939.HK, HK:00939
        Labelled, // 证券代码：000001, A股（600036）, H股（03968）
        Bracketed, // （601398）: a code only right after the name of its own entry
        Cashtag, // $招商银行(SH600036)$
    };
    qsizetype start = 0;
    qsizetype end = 0;
    QString code; // normalised ("sh601398", "hk00939"); empty for a cashtag of another market
    Form form = Form::Explicit;
    qsizetype group = -1; // the opening bracket of the bracket group the code is in, or -1
    qsizetype groupEnd = -1; // just after the group's closing bracket, when it closes right after
    QString cashtagName; // 招商银行
};
// In order of position; never overlapping.
QList<CodeHit> codesIn(QStringView text);

} // namespace Broadsheet::Core::MentionSources
