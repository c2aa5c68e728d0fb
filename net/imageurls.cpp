// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/imageurls.h"

#include "core/article.h"
#include "core/imagecache.h"
#include "core/placeholderimages.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Broadsheet::Net {

namespace {

// Attribute values in scraped bodies escape '&' in query strings ("?w=640&amp;h=480");
// these are the entities seen in image addresses, a full decoder would be overkill here.
QString decodeAttribute(QString value)
{
    value.replace(u"&quot;"_s, u"\""_s);
    value.replace(u"&#39;"_s, u"'"_s);
    value.replace(u"&#x27;"_s, u"'"_s);
    value.replace(u"&lt;"_s, u"<"_s);
    value.replace(u"&gt;"_s, u">"_s);
    value.replace(u"&amp;"_s, u"&"_s); // last, so "&amp;lt;" stays "&lt;"
    return value;
}

void append(QList<QUrl> &urls, QSet<QString> &seen, const QString &written)
{
    const QUrl url = Core::ImageCache::normalized(written);
    // Feeds' stock pictures (Sina's app QR code) are never shown, so never fetched.
    if (!url.isValid() || Core::PlaceholderImages::isPlaceholder(url))
        return;
    const QString key = Core::ImageCache::keyFor(url);
    if (seen.contains(key))
        return;
    seen.insert(key);
    urls.append(url);
}

QList<QUrl> collect(QList<QUrl> urls, QSet<QString> seen, QStringView html)
{
    // A linear scan, like core/plaintext: scraped bodies are often not well-formed enough to
    // be worth a parser, and only the src attribute matters. data-src (lazy loading) is not
    // read: the sanitizer shows src only, so only src images can appear in the reader.
    static const QRegularExpression img(
        uR"re(<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto it = img.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (int group = 1; group <= 3; ++group) {
            if (match.capturedStart(group) >= 0) {
                append(urls, seen, decodeAttribute(match.captured(group)));
                break;
            }
        }
    }
    return urls;
}

} // namespace

QList<QUrl> imageUrlsInHtml(QStringView html)
{
    return collect({}, {}, html);
}

QList<QUrl> imageUrls(const Core::Article &article, QStringView body)
{
    QList<QUrl> urls;
    QSet<QString> seen;
    append(urls, seen, article.displayImage());
    return collect(std::move(urls), std::move(seen), body);
}

} // namespace Broadsheet::Net
