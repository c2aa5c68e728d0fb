// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlereader.h"
#include "core/htmlsanitizer.h"
#include "core/imagecache.h"
#include "core/localfiles.h"
#include "core/mentionextractor.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

namespace Broadsheet::Core {

// The scheme of everything the reading view loads: broadsheet://article/… for the page,
// broadsheet://image/<cache key> for cached images. The view allows no other request.
inline constexpr QLatin1StringView localScheme("broadsheet");

// How the reader wants pages to look. Defaults: the system's light or dark, the page's own
// CJK serif at 18 px, 40 em wide.
struct PageStyle {
    enum class Theme { System, Light, Dark };
    Theme theme = Theme::System;
    QString fontFamily; // empty: the page's default
    int fontSizePx = 0; // 0: the page's default
    int widthEm = 0; // 0: the page's default
    QString css() const; // CSS custom properties, values checked
};

// Builds the complete HTML document shown for an article (and printed by `broadsheet show
// --html`): the page template from resources, the escaped front matter, the head image and
// the sanitized body. The document carries a Content-Security-Policy that allows nothing but
// the local scheme, as a second line of defence behind the sanitizer.
class ArticlePage final
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePage)

public:
    // Cached images become broadsheet://image/<key>; the rest become placeholders.
    static HtmlSanitizer::ImageResolver cachedImages(const ImageCache &cache);
    // The same, plus images next to the article inside the library's folders, which `files`
    // hands out as broadsheet://local/<token>.
    static HtmlSanitizer::ImageResolver offlineImages(const ImageCache &cache, LocalFiles *files,
                                                      const QString &articlePath,
                                                      const QStringList &libraryFolders);

    // The body of an article, ready to be shown: sanitized, its plain text, and what it mentions
    // (offsets into `text`). Without an extractor, `mentions` stays empty.
    struct Body {
        SanitizedHtml sanitized;
        QString text;
        QList<Mention> mentions;
        QUrl headImage; // invalid when the article has none
        std::optional<QUrl> headImageShown; // what the page loads; nothing: a placeholder
    };
    static Body prepare(const ArticleFile &file, const HtmlSanitizer::ImageResolver &resolveImage,
                        const MentionExtractor *extractor = nullptr);

    // The page; `highlight` ranges of body.text are marked (the occurrences of a mention or of
    // the words searched for), and `titleHighlight` ranges of the article's title.
    static QString render(const ArticleFile &file, const Body &body,
                          const QList<QPair<qsizetype, qsizetype>> &highlight = {},
                          const PageStyle &style = {},
                          const QList<QPair<qsizetype, qsizetype>> &titleHighlight = {});
    static QString render(const ArticleFile &file, const HtmlSanitizer::ImageResolver &resolveImage)
    {
        return render(file, prepare(file, resolveImage));
    }
    // A page with a short message and no article: the empty state, or a file that could not
    // be read at all.
    static QString renderMessage(const QString &title, const QString &text, bool isError = false,
                                 const PageStyle &style = {});
};

} // namespace Broadsheet::Core
