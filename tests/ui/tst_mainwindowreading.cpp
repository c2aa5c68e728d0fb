// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window with the library index: search, reading state, watched folders.
#include "tests/ui/mainwindowtesting.h"

using namespace Qt::StringLiterals;
using namespace Broadsheet;
using namespace MainWindowTesting;

class TestMainWindowReading : public QObject
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

    void search_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("a province, in one article") << u"河南"_s;
        QTest::newRow("a word in most articles") << u"银行"_s;
    }

    void search()
    {
        QFETCH(QString, term);
        TestWindow shown(m_sample);
        Core::Library &library = shown.library;
        Ui::MainWindow &window = shown.window;
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
        // In the title too, when it has them.
        const QString title = newest.data(Qt::DisplayRole).toString();
        const QString html = pageHtml(window.readerView()->page());
        const qsizetype heading = html.indexOf(u"<h1"_s);
        QVERIFY(heading >= 0);
        QCOMPARE(html.mid(heading, html.indexOf(u"</h1>"_s, heading) - heading).contains(u"</mark>"_s),
                 title.contains(term));
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
        TestWindow shown(m_sample);
        Core::Library &library = shown.library;
        Ui::MainWindow &window = shown.window;
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
        TestWindow shown(m_sample);
        Core::Library &library = shown.library;
        Ui::MainWindow &window = shown.window;
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
        TestWindow shown(m_sample);
        Core::Library &library = shown.library;
        Ui::MainWindow &window = shown.window;
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
        TestWindow shown(m_sample);
        Core::Library &library = shown.library;
        Ui::MainWindow &window = shown.window;
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
        TestWindow shown(m_sample);
        Core::Library &library = shown.library;
        Ui::MainWindow &window = shown.window;
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
        TestWindow shown(m_sample);
        Core::Library &library = shown.library;
        Ui::MainWindow &window = shown.window;
        QVERIFY(openAndIndex(window, library, dir.path()));
        QCOMPARE(library.articles()->rowCount(), 1);
        // Watching is on by default (Preferences).
        writeArticle(dir.filePath(u"b.md"_s), u"第二篇"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.articleList()->model()->rowCount(), 2, 20000);
    }
};

int main(int argc, char *argv[])
{
    Ui::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BroadsheetTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindowreading"_s);
    QStandardPaths::setTestModeEnabled(true);
    TestMainWindowReading test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowreading.moc"
