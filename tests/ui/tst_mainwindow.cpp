// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
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

using namespace Qt::StringLiterals;
using namespace Broadsheet;

namespace {

void writeArticle(const QString &path, const QString &title)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((u"---\ntitle: "_s + title + u"\ncategories: [宏观]\ndate: 2023-06-01\n---\n<p>正文</p>\n"_s)
                   .toUtf8());
}

// Saves a picture of the window when BROADSHEET_SCREENSHOTS names a folder: for people to look at.
void screenshot(QWidget *window, const QString &name)
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

// Opens `folder` and waits until its full text is indexed.
bool openAndIndex(Ui::MainWindow &window, Core::Library &library, const QString &folder)
{
    QSignalSpy finished(&library, &Core::Library::scanFinished);
    window.openFolders({folder});
    return finished.wait(60000) && library.isIndexComplete();
}

QStringList listedPaths(const QAbstractItemModel *list)
{
    QStringList paths;
    for (int row = 0; row < list->rowCount(); ++row)
        paths.append(list->index(row, 0).data(Core::ArticleListModel::PathRole).toString());
    paths.sort();
    return paths;
}

// The articles whose title or text contain `term`, read from their files.
QStringList pathsContaining(Core::Library &library, const QString &term)
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

QString pageHtml(QWebEnginePage *page)
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
void typeChinese(QWidget *field, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(field, &event);
}

bool isRead(Core::Library &library, const QString &path)
{
    auto *articles = library.articles();
    return articles->article(articles->rowOfPath(path)).read;
}

int totalUnread(Core::Library &library)
{
    return library.categories()->index(0, 0).data(Core::CountTreeModel::UnreadRole).toInt();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_sample = QFINDTESTDATA("../../resources/sample-library");
        QVERIFY(!m_sample.isEmpty());
    }

    void firstStart_opensTheSampleLibraryAndShowsTheNewestArticle()
    {
        Core::Library library;
        Ui::MainWindow window(&library, m_sample);
        window.resize(1400, 900);
        window.show();
        QSignalSpy finished(&library, &Core::Library::scanFinished);
        QSignalSpy shown(window.readerView(), &Ui::ReaderView::articleShown);
        window.openInitialLibrary({}); // nothing on the command line, no last library
        QVERIFY(finished.wait(30000));
        QCOMPARE(library.folders(), QStringList {QDir::cleanPath(m_sample)});
        QVERIFY(library.articles()->rowCount() >= 13);
        QCOMPARE(library.problems()->rowCount(), 0);

        // The newest article is selected and shown.
        QVERIFY(shown.wait(30000));
        const QString newest =
            library.filteredArticles()->index(0, 0).data(Core::ArticleListModel::PathRole).toString();
        QCOMPARE(window.articleList()->currentPath(), newest);
        QCOMPARE(shown.constLast().constFirst().toString(), newest);
        screenshot(&window, u"mainwindow-sample"_s);
    }

    void selectingACategory_filtersTheList()
    {
        Core::Library library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QSignalSpy finished(&library, &Core::Library::scanFinished);
        window.openFolders({m_sample});
        QVERIFY(finished.wait(30000));

        auto *tree = window.findChild<QTreeView *>(u"categoryTree"_s);
        QVERIFY(tree);
        const QModelIndex top = tree->model()->index(1, 0); // row 0 is "All articles"
        const int count = top.data(Core::CountTreeModel::CountRole).toInt();
        QVERIFY(count > 0 && count < library.articles()->rowCount());
        tree->setCurrentIndex(top);
        QCOMPARE(window.articleList()->model()->rowCount(), count);

        auto *dates = window.findChild<QTreeView *>(u"dateTree"_s);
        const QModelIndex year = dates->model()->index(0, 0);
        dates->setCurrentIndex(year);
        QCOMPARE(window.articleList()->model()->rowCount(),
                 year.data(Core::CountTreeModel::CountRole).toInt());
        QVERIFY(!tree->currentIndex().isValid() || !tree->selectionModel()->isSelected(tree->currentIndex()));
    }

    void droppingAFolder_opensItAndItIsRemembered()
    {
        QTemporaryDir dir;
        writeArticle(dir.filePath(u"a.md"_s), u"拖放的文章"_s);
        Core::Library library;
        {
            Ui::MainWindow window(&library, m_sample);
            window.show();
            QSignalSpy finished(&library, &Core::Library::scanFinished);
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(dir.path())});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
            QVERIFY(finished.wait(30000));
            QCOMPARE(library.articles()->rowCount(), 1);
            window.close();
        }
        // The next start reopens the dropped folder rather than the sample library.
        Core::Library next;
        Ui::MainWindow window(&next, m_sample);
        QSignalSpy finished(&next, &Core::Library::scanFinished);
        window.openInitialLibrary({});
        QVERIFY(finished.wait(30000));
        QCOMPARE(next.folders(), QStringList {QDir::cleanPath(dir.path())});
    }

    void importProblem_opensTheSourceAtItsLine()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(u"broken.md"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("---\ntitle: [unclosed\ndate: 2022-02-10\n---\n# 标题\n正文\n");
        broken.close();
        Core::Library library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QSignalSpy finished(&library, &Core::Library::scanFinished);
        window.openFolders({dir.path()});
        QVERIFY(finished.wait(30000));
        QCOMPARE(library.problems()->rowCount(), 1);
        const int line = library.problems()->problems().constFirst().line;
        QVERIFY(line > 0);

        auto *table = window.findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY(table->isVisible()); // the dock shows itself when there are problems
        QVERIFY(
            QMetaObject::invokeMethod(table, "activated", Q_ARG(QModelIndex, table->model()->index(0, 0))));
        Ui::SourceWindow *source = window.sourceWindow();
        QVERIFY(source);
        QSignalSpy shown(source, &Ui::SourceWindow::sourceShown);
        QVERIFY(shown.wait(30000));
        QCOMPARE(source->currentPath(), dir.filePath(u"broken.md"_s));
        QTRY_COMPARE_WITH_TIMEOUT(source->view()->url().fragment(), u"L"_s + QString::number(line), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(source->isVisible(), 5000);
        screenshot(source, u"source-window"_s);
    }

    void sampleArticle_listsItsNineBanksAndMarksOne()
    {
        QTemporaryDir dir;
        QVERIFY(
            QFile::copy(m_sample + u"/2022/sina-henan-banks-2022-02-10.md"_s, dir.filePath(u"henan.md"_s)));
        Core::Library library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        window.openFolders({dir.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!window.readerView()->mentions().isEmpty(), 30000);

        QTreeView *panel = window.mentionsDock()->view();
        QAbstractItemModel *model = panel->model();
        QCOMPARE(model->rowCount(), 1); // banks only
        const QModelIndex banks = model->index(0, 0);
        QCOMPARE(model->rowCount(banks), 9);
        QModelIndex icbc;
        for (int row = 0; row < model->rowCount(banks); ++row) {
            const QModelIndex index = model->index(row, 0, banks);
            if (index.data().toString() == u"工商银行"_s)
                icbc = index;
        }
        QVERIFY(icbc.isValid());
        QCOMPARE(icbc.siblingAtColumn(Core::ArticleMentionModel::CodeColumn).data().toString(),
                 u"601398.SH 01398.HK"_s);
        QCOMPARE(icbc.data(Core::ArticleMentionModel::QuoteUrlRole).toUrl(),
                 QUrl(u"https://finance.sina.com.cn/realstock/company/sh601398/nc.shtml"_s));

        // Picking it marks it in the article, and the page opens at the mark.
        panel->setCurrentIndex(icbc);
        QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->url().fragment(), u"bs-first-mention"_s, 20000);
        QString html;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                window.readerView()->page()->toHtml([&html](const QString &result) { html = result; });
                QTest::qWait(100);
                return html.contains(u"<mark"_s);
            }(),
            20000);
        QVERIFY(html.contains(u"id=\"bs-first-mention\">工商银行</mark>"_s));
        QCOMPARE(html.count(u"<mark"_s), 1);
        screenshot(&window, u"mentions-marked"_s);
    }

    void selectingAMention_filtersTheList()
    {
        Core::Library library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QSignalSpy finished(&library, &Core::Library::scanFinished);
        window.openFolders({m_sample});
        QVERIFY(finished.wait(30000));
        auto *tree = window.findChild<QTreeView *>(u"mentionTree"_s);
        QVERIFY(tree);
        const QModelIndex node =
            library.mentions()->indexOfPath({Core::MentionTreeModel::bankKey(), u"工商银行"_s});
        QVERIFY(node.isValid());
        const int count = node.siblingAtColumn(Core::CountTreeModel::CountColumn).data().toInt();
        QVERIFY(count >= 2);
        tree->setCurrentIndex(node);
        QCOMPARE(window.articleList()->model()->rowCount(), count);
        for (int row = 0; row < count; ++row) {
            const QString path = window.articleList()
                                     ->model()
                                     ->index(row, 0)
                                     .data(Core::ArticleListModel::PathRole)
                                     .toString();
            QVERIFY(library.articles()
                        ->article(library.articles()->rowOfPath(path))
                        .mentions.contains(u"工商银行"_s));
        }
    }

    void keyboard_readsThroughTheList()
    {
        Core::Library library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&library, &Core::Library::scanFinished);
        window.openFolders({m_sample});
        QVERIFY(finished.wait(30000));
        QAbstractItemModel *list = window.articleList()->model();
        QTRY_COMPARE(window.articleList()->currentIndex().row(), 0);
        const auto pathAt = [list](int row) {
            return list->index(row, 0).data(Core::ArticleListModel::PathRole).toString();
        };

        window.articleList()->setFocus();
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(window.articleList()->currentPath(), pathAt(1));
        QTest::keyClick(&window, Qt::Key_N);
        QCOMPARE(window.articleList()->currentPath(), pathAt(2));
        QTest::keyClick(&window, Qt::Key_K);
        QCOMPARE(window.articleList()->currentPath(), pathAt(1));
        QTest::keyClick(&window, Qt::Key_P);
        QTest::keyClick(&window, Qt::Key_P); // stays on the first
        QCOMPARE(window.articleList()->currentPath(), pathAt(0));
        QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->currentPath(), pathAt(0), 20000);

        // Ctrl+F opens the find bar; Esc closes it, and the next Esc goes back to the list.
        auto *findBar = window.findChild<Ui::FindBar *>();
        QVERIFY(findBar);
        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(findBar->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!findBar->isVisible());
        window.readerView()->setFocus();
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(window.articleList()->hasFocus());
    }

    void search_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("a province, in one article") << u"河南"_s;
        QTest::newRow("a word in most articles") << u"银行"_s;
    }

    void search()
    {
        QFETCH(QString, term);
        TestLibrary test;
        Core::Library &library = test.library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndIndex(window, library, m_sample));
        const QStringList all = listedPaths(window.articleList()->model());
        const QStringList expected = pathsContaining(library, term);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());

        // "/" in the list goes to the search box; typing narrows the list once typing pauses.
        window.articleList()->setFocus();
        QTest::keyClick(window.articleList(), Qt::Key_Slash);
        QLineEdit *field = window.searchBox()->field();
        QVERIFY(field->hasFocus());
        typeChinese(field, term);
        QTRY_COMPARE(listedPaths(window.articleList()->model()), expected);
        QCOMPARE(window.searchBox()->status(),
                 expected.size() == 1 ? u"1 article"_s : u"%1 articles"_s.arg(expected.size()));

        // The article opened shows the words marked.
        const QModelIndex newest = window.articleList()->model()->index(0, 0);
        window.articleList()->setCurrentIndex(newest);
        QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->currentPath(),
                                  newest.data(Core::ArticleListModel::PathRole).toString(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pageHtml(window.readerView()->page()).contains(u">"_s + term + u"</mark>"_s),
                                 20000);
        screenshot(&window, u"search-"_s + QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0));

        // Esc in the box clears it and brings every article back.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(field->text().isEmpty());
        QCOMPARE(listedPaths(window.articleList()->model()), all);
        QVERIFY(window.searchBox()->status().isEmpty());
        // Esc in the empty box goes back to the list.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(window.articleList()->hasFocus());
        // Letters typed in the box are text, not the single-key shortcuts (S stars).
        window.searchBox()->focusField();
        QTest::keyClicks(field, u"sm"_s);
        QCOMPARE(field->text(), u"sm"_s);
        for (const Core::Article &article : library.articles()->articles())
            QVERIFY(!article.starred);
    }

    void searchAndCategory_narrowTogether()
    {
        TestLibrary test;
        Core::Library &library = test.library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(openAndIndex(window, library, m_sample));
        QTest::keySequence(&window, QKeySequence(u"Ctrl+K"_s));
        QLineEdit *field = window.searchBox()->field();
        QVERIFY(field->hasFocus());
        typeChinese(field, u"银行"_s);
        const QStringList found = pathsContaining(library, u"银行"_s);
        QTRY_COMPARE(listedPaths(window.articleList()->model()), found);

        // A category narrows the results further, and the search stays.
        auto *tree = window.findChild<QTreeView *>(u"categoryTree"_s);
        const QModelIndex category = tree->model()->index(1, 0);
        const QStringList path = category.data(Core::CountTreeModel::PathRole).toStringList();
        tree->setCurrentIndex(category);
        QStringList expected;
        for (const QString &file : found) {
            if (library.articles()
                    ->article(library.articles()->rowOfPath(file))
                    .categories.mid(0, path.size())
                == path)
                expected.append(file);
        }
        QCOMPARE(field->text(), u"银行"_s);
        QCOMPARE(listedPaths(window.articleList()->model()), expected);
    }

    void openingAnArticle_marksItRead()
    {
        TestLibrary test;
        Core::Library &library = test.library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(openAndIndex(window, library, m_sample));
        QAbstractItemModel *list = window.articleList()->model();
        // The newest article is opened at the start, and read.
        QTRY_COMPARE(window.articleList()->currentIndex().row(), 0);
        const QString first = window.articleList()->currentPath();
        QVERIFY(isRead(library, first));
        QCOMPARE(totalUnread(library), library.articles()->rowCount() - 1);

        const QModelIndex next = list->index(1, 0);
        const QString second = next.data(Core::ArticleListModel::PathRole).toString();
        QVERIFY(!next.data(Core::ArticleListModel::ReadRole).toBool());
        const QStringList category =
            library.articles()->article(library.articles()->rowOfPath(second)).categories;
        const QModelIndex node = library.categories()->indexOfPath(category);
        const int unreadBefore = node.data(Core::CountTreeModel::UnreadRole).toInt();
        QVERIFY(unreadBefore > 0);

        window.articleList()->setFocus();
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(window.articleList()->currentPath(), second);
        QVERIFY(list->index(1, 0).data(Core::ArticleListModel::ReadRole).toBool());
        QCOMPARE(library.categories()->indexOfPath(category).data(Core::CountTreeModel::UnreadRole).toInt(),
                 unreadBefore - 1);
        QCOMPARE(totalUnread(library), library.articles()->rowCount() - 2);

        // M marks it unread again, and again read.
        QTest::keyClick(&window, Qt::Key_M);
        QVERIFY(!isRead(library, second));
        QCOMPARE(totalUnread(library), library.articles()->rowCount() - 1);
        QTest::keyClick(&window, Qt::Key_M);
        QVERIFY(isRead(library, second));
        screenshot(&window, u"reading-state"_s);
    }

    void starKey_starsTheArticleAndTheStarredViewShowsIt()
    {
        TestLibrary test;
        Core::Library &library = test.library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(openAndIndex(window, library, m_sample));
        QTRY_VERIFY(!window.articleList()->currentPath().isEmpty());
        const QString path = window.articleList()->currentPath();
        window.articleList()->setFocus();
        QTest::keyClick(&window, Qt::Key_S);
        QVERIFY(window.articleList()->currentIndex().data(Core::ArticleListModel::StarredRole).toBool());

        window.findChild<QAction *>(u"showStarredAction"_s)->trigger();
        QCOMPARE(listedPaths(window.articleList()->model()), QStringList {path});
        window.findChild<QAction *>(u"showAllStatusAction"_s)->trigger();
        QCOMPARE(window.articleList()->model()->rowCount(), library.articles()->rowCount());
        // S again takes the star away.
        window.articleList()->setCurrentIndex(
            window.articleList()->model()->index(0, 0)); // the newest: the one starred
        QTest::keyClick(&window, Qt::Key_S);
        QVERIFY(!library.articles()->article(library.articles()->rowOfPath(path)).starred);
    }

    void unreadView_keepsTheOpenArticleUntilTheReaderMovesOn()
    {
        TestLibrary test;
        Core::Library &library = test.library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(openAndIndex(window, library, m_sample));
        QTRY_VERIFY(!window.articleList()->currentPath().isEmpty());
        const QString readFirst = window.articleList()->currentPath(); // opened at the start

        window.findChild<QAction *>(u"showUnreadAction"_s)->trigger();
        QAbstractItemModel *list = window.articleList()->model();
        QCOMPARE(list->rowCount(), library.articles()->rowCount() - 1);
        QVERIFY(!listedPaths(list).contains(readFirst));

        // The article opened stays listed (and unread) while it is being read…
        window.articleList()->setCurrentIndex(list->index(0, 0));
        const QString opened = window.articleList()->currentPath();
        const QString next = list->index(1, 0).data(Core::ArticleListModel::PathRole).toString();
        QVERIFY(!isRead(library, opened));
        QCOMPARE(window.articleList()->heldAsRead(), opened);
        QVERIFY(listedPaths(list).contains(opened));

        // … and leaves the list when the reader moves on.
        window.articleList()->setFocus();
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(window.articleList()->currentPath(), next);
        QVERIFY(isRead(library, opened));
        QVERIFY(!listedPaths(list).contains(opened));
        QCOMPARE(list->rowCount(), library.articles()->rowCount() - 2);
        QCOMPARE(window.articleList()->currentIndex().row(), 0);

        // Back to every article: the one being read is marked then.
        window.findChild<QAction *>(u"showAllStatusAction"_s)->trigger();
        QVERIFY(isRead(library, next));
        QCOMPARE(totalUnread(library), library.articles()->rowCount() - 3);
    }

    void markAllAsRead_marksTheArticlesListed()
    {
        TestLibrary test;
        Core::Library &library = test.library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(openAndIndex(window, library, m_sample));
        auto *tree = window.findChild<QTreeView *>(u"categoryTree"_s);
        const QModelIndex category = tree->model()->index(1, 0);
        const QStringList path = category.data(Core::CountTreeModel::PathRole).toStringList();
        tree->setCurrentIndex(category);
        QVERIFY(library.categories()->indexOfPath(path).data(Core::CountTreeModel::UnreadRole).toInt() > 0);

        QTest::keySequence(&window, QKeySequence(u"Ctrl+Shift+M"_s));
        QCOMPARE(library.categories()->indexOfPath(path).data(Core::CountTreeModel::UnreadRole).toInt(), 0);
        QAbstractItemModel *list = window.articleList()->model();
        for (int row = 0; row < list->rowCount(); ++row)
            QVERIFY(list->index(row, 0).data(Core::ArticleListModel::ReadRole).toBool());
        // Articles of other categories are left as they were.
        const int otherUnread = totalUnread(library);
        QVERIFY(otherUnread > 0);
        int expected = 0;
        for (const Core::Article &article : library.articles()->articles())
            expected += article.read ? 0 : 1;
        QCOMPARE(otherUnread, expected);
        screenshot(&window, u"mark-all-read"_s);
    }

    void watchedFolder_listsANewArticle()
    {
        QTemporaryDir dir;
        writeArticle(dir.filePath(u"a.md"_s), u"第一篇"_s);
        TestLibrary test;
        Core::Library &library = test.library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QVERIFY(openAndIndex(window, library, dir.path()));
        QCOMPARE(library.articles()->rowCount(), 1);
        // Watching is on by default (Preferences).
        writeArticle(dir.filePath(u"b.md"_s), u"第二篇"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.articleList()->model()->rowCount(), 2, 20000);
    }

    void emptyFolder_saysSo()
    {
        QTemporaryDir dir;
        Core::Library library;
        Ui::MainWindow window(&library, m_sample);
        window.show();
        QSignalSpy finished(&library, &Core::Library::scanFinished);
        window.openFolders({dir.path()});
        QVERIFY(finished.wait(30000));
        QSignalSpy loaded(window.readerView()->page(), &QWebEnginePage::loadFinished);
        QVERIFY(loaded.wait(20000));
        QString text;
        window.readerView()->page()->toPlainText([&text](const QString &t) { text = t; });
        QTRY_VERIFY_WITH_TIMEOUT(text.contains(u"No articles found"_s), 10000);
    }
};

int main(int argc, char *argv[])
{
    Ui::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BroadsheetTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QStandardPaths::setTestModeEnabled(true);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
