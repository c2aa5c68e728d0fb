// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window tests share: a library with an index of its own, opening and waiting,
// reading what the list and the page show.
#include "core/articlereader.h"
#include "core/library.h"
#include "core/plaintext.h"
#include "ui/articlelistview.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/mentionsdock.h"
#include "ui/readerview.h"
#include "ui/searchbox.h"
#include "ui/sourcewindow.h"
#include "ui/urlscheme.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEnginePage>

namespace MainWindowTesting {

using namespace Qt::StringLiterals;
using namespace Broadsheet;

inline void writeArticle(const QString &path, const QString &title)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((u"---\ntitle: "_s + title + u"\ncategories: [宏观]\ndate: 2023-06-01\n---\n<p>正文</p>\n"_s)
                   .toUtf8());
}

// Saves a picture of the window when BROADSHEET_SCREENSHOTS names a folder: for people to look at.
inline void screenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("BROADSHEET_SCREENSHOTS");
    if (!folder.isEmpty())
        window->grab().save(folder + u'/' + name + u".png"_s);
}

// A library whose index and reading state live in a folder of their own: every test starts
// with every article unread, whatever earlier runs marked.
struct TestLibrary {
    QTemporaryDir state;
    Core::Library library;
    TestLibrary()
    {
        library.setIndexPath(state.filePath(u"index.sqlite"_s));
        library.setStatePath(state.filePath(u"state.sqlite"_s));
    }
};

// A window shown on a library of that kind; `startFolder` is what the window opens first.
struct TestWindow {
    explicit TestWindow(const QString &startFolder)
        : window(&test.library, startFolder)
    {
        window.show();
    }
    TestLibrary test;
    Core::Library &library = test.library;
    Ui::MainWindow window;
};

// Opens `folder` and waits until its full text is indexed.
inline bool openAndIndex(Ui::MainWindow &window, Core::Library &library, const QString &folder)
{
    QSignalSpy finished(&library, &Core::Library::scanFinished);
    window.openFolders({folder});
    return finished.wait(60000) && library.isIndexComplete();
}

inline QStringList listedPaths(const QAbstractItemModel *list)
{
    QStringList paths;
    for (int row = 0; row < list->rowCount(); ++row)
        paths.append(list->index(row, 0).data(Core::ArticleListModel::PathRole).toString());
    paths.sort();
    return paths;
}

// The articles whose title or text contain `term`, read from their files.
inline QStringList pathsContaining(Core::Library &library, const QString &term)
{
    const Core::ArticleReader reader {Core::DateParser()};
    QStringList paths;
    for (const Core::Article &article : library.articles()->articles()) {
        const Core::ArticleFile file = reader.read(article.path);
        const QString text = file.article.title + u'\n' + Core::PlainText::fromHtml(file.body);
        if (text.contains(term))
            paths.append(article.path);
    }
    paths.sort();
    return paths;
}

inline QString pageHtml(QWebEnginePage *page)
{
    QString html;
    bool done = false;
    page->toHtml([&](const QString &result) {
        html = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return u"<timed out>"_s;
    return html;
}

// Chinese is typed through an input method, which hands the field whole words.
inline void typeChinese(QWidget *field, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(field, &event);
}

inline bool isRead(Core::Library &library, const QString &path)
{
    auto *articles = library.articles();
    return articles->article(articles->rowOfPath(path)).read;
}

inline int totalUnread(Core::Library &library)
{
    return library.categories()->index(0, 0).data(Core::CountTreeModel::UnreadRole).toInt();
}

} // namespace MainWindowTesting
