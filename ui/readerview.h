// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlepage.h"
#include "core/dateparser.h"
#include "core/imagecache.h"
#include "core/mentionextractor.h"

#include <QFutureWatcher>
#include <QWebEngineView>

class QWebEngineProfile;

namespace Broadsheet::Ui {

class ReaderPage;
class RequestInterceptor;
class SchemeHandler;

// The reading view: a locked-down WebEngine view that shows one article at a time.
//
// It has an off-the-record profile of its own, with JavaScript, plugins and local file access
// off; a request interceptor that lets nothing but the app's own scheme through; and links
// that open outside. The article is read and rendered off the GUI thread.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(const Core::ImageCache &cache, QWidget *parent = nullptr);
    ~ReaderView() override;

    void showArticle(const QString &path);
    void showMessage(const QString &title, const QString &text);
    // Shows a complete page built elsewhere (the source view); `fragment` scrolls to an anchor.
    void showPage(const QString &html, const QString &fragment = {});
    QString currentPath() const { return m_path; }

    void setDateParser(const Core::DateParser &dates) { m_dates = dates; }
    void setMentionExtractor(const Core::MentionExtractor &extractor) { m_extractor = extractor; }
    // The library's folders: images next to articles are shown only from inside them.
    void setLibraryFolders(const QStringList &folders) { m_folders = folders; }
    // Theme, font and width of the pages; the article shown is rendered again with it.
    void setPageStyle(const Core::PageStyle &style);

    // Marks every occurrence of a mention (by canonical name) in the article shown; an empty
    // name removes the marks (and brings back those of the search, if any).
    void highlightMention(const QString &name);
    // The terms of the library search (SearchQuery::terms()): marked in every article shown
    // while no mention is; empty when no search is active.
    void setSearchTerms(const QStringList &terms);
    QStringList searchTerms() const { return m_searchTerms; }
    const QList<Core::Mention> &mentions() const { return m_rendered.body.mentions; }
    void setZoom(qreal factor);
    static constexpr qreal minimumZoom = 0.5;
    static constexpr qreal maximumZoom = 3.0;

    RequestInterceptor *interceptor() const { return m_interceptor; }

Q_SIGNALS:
    void articleShown(const QString &path);
    // The banks and companies the article being shown mentions (empty for other pages).
    void mentionsChanged(const QList<Broadsheet::Core::Mention> &mentions);
    void zoomChanged(qreal factor);

private:
    struct Rendered {
        Core::ArticleFile file;
        Core::ArticlePage::Body body;
        QString html;
        QStringList terms; // the search terms marked in `html`
    };
    void showRendered();
    void renderMarks();
    void loadPage(const QString &html, const QString &fragment);

    QWebEngineProfile *m_profile = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
    SchemeHandler *m_schemes = nullptr;
    ReaderPage *m_page = nullptr;
    QFutureWatcher<Rendered> m_rendering;
    Rendered m_rendered;
    Core::MentionExtractor m_extractor;
    Core::PageStyle m_style;
    QStringList m_folders;
    std::shared_ptr<Core::LocalFiles> m_localFiles = std::make_shared<Core::LocalFiles>();
    Core::DateParser m_dates;
    Core::ImageCache m_cache;
    QString m_path;
    QString m_mention; // the mention marked in the article shown, if any
    QStringList m_searchTerms;
};

} // namespace Broadsheet::Ui
