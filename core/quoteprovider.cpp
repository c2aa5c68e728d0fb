// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quoteprovider.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

QUrl fill(const QString &urlTemplate, const QString &symbol, const QString &code, const QString &exchange)
{
    QString url = urlTemplate;
    url.replace(u"{symbol}"_s, symbol.toLower());
    url.replace(u"{SYMBOL}"_s, symbol.toUpper());
    url.replace(u"{code}"_s, code);
    url.replace(u"{exchange}"_s, exchange);
    const QUrl result(url, QUrl::StrictMode);
    // Only web pages: a template is configuration, but a quote link must never be anything else.
    if (!result.isValid() || (result.scheme() != u"https"_s && result.scheme() != u"http"_s))
        return {};
    return result;
}

} // namespace

QUrl QuoteProvider::aShareUrl(const QString &symbol) const
{
    static const QRegularExpression aShare(u"^(sh|sz|bj)(\\d{6})$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = aShare.match(symbol);
    if (!match.hasMatch() || aShareTemplate.isEmpty())
        return {};
    return fill(aShareTemplate, symbol, match.captured(2), match.captured(1).toLower());
}

QUrl QuoteProvider::hShareUrl(const QString &code) const
{
    static const QRegularExpression hShare(u"^\\d{4,5}$"_s);
    if (!hShare.match(code).hasMatch() || hShareTemplate.isEmpty())
        return {};
    const QString padded = code.rightJustified(5, u'0');
    return fill(hShareTemplate, u"hk"_s + padded, padded, u"hk"_s);
}

QList<QuoteProvider> QuoteProvider::builtin()
{
    return {
        {u"sina"_s, QCoreApplication::translate("Broadsheet::Core::QuoteProvider", "Sina Finance"),
         u"https://finance.sina.com.cn/realstock/company/{symbol}/nc.shtml"_s,
         u"https://stock.finance.sina.com.cn/hkstock/quotes/{code}.html"_s},
        {u"eastmoney"_s, QCoreApplication::translate("Broadsheet::Core::QuoteProvider", "Eastmoney"),
         u"https://quote.eastmoney.com/{symbol}.html"_s, u"https://quote.eastmoney.com/hk/{code}.html"_s},
        {u"xueqiu"_s, QCoreApplication::translate("Broadsheet::Core::QuoteProvider", "Xueqiu"),
         u"https://xueqiu.com/S/{SYMBOL}"_s, u"https://xueqiu.com/S/{code}"_s},
    };
}

QuoteProvider QuoteProvider::byId(const QString &id)
{
    const QList<QuoteProvider> providers = builtin();
    for (const QuoteProvider &provider : providers) {
        if (provider.id == id)
            return provider;
    }
    return providers.constFirst();
}

} // namespace Broadsheet::Core
