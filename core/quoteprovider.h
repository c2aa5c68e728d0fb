// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Broadsheet::Core {

// Where a stock code's quote page is: a site with one URL template for A-shares and one for
// Hong Kong shares. Placeholders: {symbol} (sh601398), {SYMBOL} (SH601398), {code} (601398 or,
// for Hong Kong, 00939), {exchange} (sh, sz, bj).
struct QuoteProvider {
    QString id; // stored in the settings: "sina", "eastmoney", "xueqiu"
    QString name; // shown in the preferences
    QString aShareTemplate;
    QString hShareTemplate;

    // The quote page of an A-share symbol ("sh601398") or a Hong Kong code ("00939").
    QUrl aShareUrl(const QString &symbol) const;
    QUrl hShareUrl(const QString &code) const;

    static QList<QuoteProvider> builtin(); // Sina (the default), Eastmoney, Xueqiu
    static QuoteProvider byId(const QString &id); // Sina for an unknown id
};

} // namespace Broadsheet::Core
