// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/placeholderimages.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

QStringList PlaceholderImages::builtinPatterns()
{
    return {
        // Sina Finance's app QR code: the head image and thumbnail of its RSS articles, and the
        // picture in the promotion block the sanitizer removes (seen in the real sample).
        u"*://n.sinaimg.cn/finance/cece9e13/*/343233024.png"_s,
    };
}

QStringList PlaceholderImages::patterns()
{
    return builtinPatterns() + QSettings().value(u"images/hiddenPatterns"_s).toStringList();
}

namespace {

// "*" is any run of characters, slashes included (Qt 6.4's wildcards stop at "/"); "?" one.
QRegularExpression fromWildcard(const QString &pattern)
{
    QString expression = u"^"_s;
    for (const QChar c : pattern) {
        if (c == u'*')
            expression += u".*"_s;
        else if (c == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(expression + u'$', QRegularExpression::CaseInsensitiveOption);
}

} // namespace

bool PlaceholderImages::isPlaceholder(const QUrl &url, const QStringList &hidden)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    for (const QString &pattern : hidden) {
        if (fromWildcard(pattern).match(address).hasMatch())
            return true;
    }
    return false;
}

} // namespace Broadsheet::Core
