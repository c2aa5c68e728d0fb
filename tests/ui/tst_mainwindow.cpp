// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/mainwindowtesting.h"

using namespace Qt::StringLiterals;
using namespace Broadsheet;
using namespace MainWindowTesting;

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
