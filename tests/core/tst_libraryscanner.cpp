// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library.h"
#include "core/libraryscanner.h"
#include "tests/generatedcorpus.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QByteArray article(const QString &title, const QString &categories, const QString &date)
{
    return (u"---\ntitle: '"_s + title + u"'\ncategories:\n"_s + categories + u"author: 财联社\ndate: "_s
            + date + u"\n---\n<p>正文</p>\n"_s)
        .toUtf8();
}

// Everything a scan could change in a folder: names, sizes, times, permissions.
QStringList snapshot(const QString &folder)
{
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries.append(u"%1 %2 %3 %4"_s.arg(info.filePath())
                           .arg(info.size())
                           .arg(info.lastModified().toMSecsSinceEpoch())
                           .arg(int(info.permissions())));
    }
    entries.sort();
    return entries;
}

int countOf(CountTreeModel *tree, const QStringList &path)
{
    return tree->indexOfPath(path).data(CountTreeModel::CountRole).toInt();
}

} // namespace

class TestLibraryScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_corpus; // 1,000 generated articles, shared by the tests that only read it

    void open(Library &library, const QStringList &folders)
    {
        library.open(folders);
        library.waitForIndex(); // the mentions come with the full text
        QVERIFY(!library.isScanning());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Every run starts without an index: these tests are about reading the files.
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        QVERIFY(m_corpus.isValid());
        QVERIFY(generateCorpus(m_corpus.path(), 1000, 7));
    }

    void generatedLibrary_listsEveryArticleByCategoryAndDate()
    {
        QFile manifestFile(m_corpus.filePath(u"corpus-manifest.json"_s));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        QCOMPARE(manifest.value(u"articles"_s).toInt(), 1000);

        Library library;
        QAbstractItemModelTester listTester(library.articles(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(library.filteredArticles(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester categoryTester(library.categories(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester dateTester(library.dates(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemTester(library.problems(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Twice: the second scan is a rescan of the same models and must give the same tree.
        for (int pass = 0; pass < 2; ++pass) {
            QSignalSpy finished(&library, &Library::scanFinished);
            open(library, {m_corpus.path()});
            QCOMPARE(finished.count(), 1);
            QCOMPARE(finished.constFirst().constFirst().toBool(), false);
            QCOMPARE(library.articles()->rowCount(), 1000);
            QCOMPARE(library.filteredArticles()->rowCount(), 1000);
            QCOMPARE(library.categories()->totalCount(), 1000);
            QCOMPARE(library.dates()->totalCount(), 1000);
            QCOMPARE(library.problems()->rowCount(), 0);

            // The manifest counts articles per exact category path; a tree node counts its
            // descendants too.
            const QJsonObject categories = manifest.value(u"categories"_s).toObject();
            QVERIFY(categories.size() > 5);
            QHash<QStringList, int> expected;
            for (auto it = categories.begin(); it != categories.end(); ++it) {
                const QStringList path = it.key().split(u" › "_s);
                for (qsizetype depth = 1; depth <= path.size(); ++depth)
                    expected[path.first(depth)] += it.value().toInt();
            }
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QCOMPARE(countOf(library.categories(), it.key()), it.value());
            const QJsonObject years = manifest.value(u"years"_s).toObject();
            QVERIFY(years.size() > 3);
            for (auto it = years.begin(); it != years.end(); ++it)
                QCOMPARE(countOf(library.dates(), {it.key()}), it.value().toInt());
        }
    }

    void generatedLibrary_filterByTreeNodes()
    {
        Library library;
        open(library, {m_corpus.path()});
        ArticleFilterProxyModel *list = library.filteredArticles();
        // Newest first.
        for (int row = 1; row < list->rowCount(); ++row) {
            QVERIFY(list->index(row - 1, 0).data(ArticleListModel::DateRole).toDateTime()
                    >= list->index(row, 0).data(ArticleListModel::DateRole).toDateTime());
        }
        // Every top-level category node filters the list to exactly its count.
        CategoryTreeModel *categories = library.categories();
        for (int row = 1; row < categories->rowCount(); ++row) {
            const QModelIndex node = categories->index(row, 0);
            list->setCategoryFilter(node.data(CountTreeModel::PathRole).toStringList());
            QCOMPARE(list->rowCount(), node.data(CountTreeModel::CountRole).toInt());
        }
        list->clearFilters();
        DateTreeModel *dates = library.dates();
        for (int row = 0; row < dates->rowCount(); ++row) {
            const QModelIndex year = dates->index(row, 0);
            const auto range = DateTreeModel::dateRange(year.data(CountTreeModel::PathRole).toStringList());
            list->setDateFilter(range.first, range.second);
            QCOMPARE(list->rowCount(), year.data(CountTreeModel::CountRole).toInt());
        }
    }

    void scanning_neverWritesIntoTheLibrary()
    {
        const QStringList before = snapshot(m_corpus.path());
        Library library;
        open(library, {m_corpus.path()});
        QCOMPARE(snapshot(m_corpus.path()), before);
    }

    void sampleLibrary_readsAsExpected()
    {
        const QString folder = QFINDTESTDATA("../../resources/sample-library");
        QVERIFY(!folder.isEmpty());
        QFile expectedFile(folder + u"/EXPECTED.json"_s);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonArray expected =
            QJsonDocument::fromJson(expectedFile.readAll()).object().value(u"articles"_s).toArray();
        QVERIFY(expected.size() >= 13);

        Library library;
        open(library, {folder});
        QCOMPARE(library.problems()->rowCount(), 0);
        QCOMPARE(library.articles()->rowCount(), expected.size());
        for (const QJsonValue &value : expected) {
            const QJsonObject facts = value.toObject();
            const QString path = QDir(folder).absoluteFilePath(facts.value(u"file"_s).toString());
            const int row = library.articles()->rowOfPath(path);
            QVERIFY2(row >= 0, qPrintable(path));
            const Article &article = library.articles()->article(row);
            const QString title = facts.contains(u"title_display"_s)
                ? facts.value(u"title_display"_s).toString()
                : facts.value(u"title"_s).toString();
            QCOMPARE(article.title, title);
            QStringList categories;
            for (const QJsonValue &category : facts.value(u"categories"_s).toArray())
                categories.append(category.toString());
            QCOMPARE(article.categories, categories);
            QCOMPARE(article.author, facts.value(u"author"_s).toString());
            QCOMPARE(article.date, QDateTime::fromString(facts.value(u"date_utc"_s).toString(), Qt::ISODate));
            QCOMPARE(article.dateOrigin, DateOrigin::FrontMatter);
        }
    }

    void brokenFiles_areReportedAndTheRestLoads()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"good.md"_s), article(u"好文章"_s, u" - 金融\n"_s, u"2022-02-10 09:00:00"_s));
        writeFile(dir.filePath(u"sub/deeper/good2.html"_s),
                  article(u"第二篇"_s, u" - 金融\n"_s, u"2022-02-11"_s));
        writeFile(dir.filePath(u"empty.md"_s), {});
        writeFile(dir.filePath(u"binary.md"_s), QByteArray("\x00\x01\x02\xff\xfe\x00PNG", 10));
        writeFile(dir.filePath(u"broken-yaml.md"_s),
                  "---\ntitle: [unclosed\ndate: x\n---\n# 标题在这里\n正文\n");
        writeFile(dir.filePath(u"notes.txt"_s), "not an article: wrong extension");
        writeFile(dir.filePath(u"image.png"_s), "\x89PNG");

        Library library;
        QAbstractItemModelTester problemTester(library.problems(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(library, {dir.path()});
        // Two good articles, and the broken YAML one recovered with the title of its heading.
        QCOMPARE(library.articles()->rowCount(), 3);
        const int recovered = library.articles()->rowOfPath(dir.filePath(u"broken-yaml.md"_s));
        QVERIFY(recovered >= 0);
        QCOMPARE(library.articles()->article(recovered).title, u"标题在这里"_s);

        QSet<QString> reported;
        for (const Problem &problem : library.problems()->problems()) {
            reported.insert(QFileInfo(problem.path).fileName());
            QVERIFY(!problem.message.isEmpty());
        }
        QVERIFY(reported.contains(u"empty.md"_s));
        QVERIFY(reported.contains(u"binary.md"_s));
        QVERIFY(reported.contains(u"broken-yaml.md"_s));
        QVERIFY(!reported.contains(u"good.md"_s));
        QVERIFY(!reported.contains(u"notes.txt"_s));
    }

    void missingFolder_isAProblemNotACrash()
    {
        Library library;
        open(library, {u"/nonexistent/broadsheet/folder"_s});
        QCOMPARE(library.articles()->rowCount(), 0);
        QCOMPARE(library.problems()->rowCount(), 1);
        QCOMPARE(library.problems()->problems().constFirst().path, u"/nonexistent/broadsheet/folder"_s);
    }

    void overlappingFolders_listEachFileOnce()
    {
        Library library;
        const QString sub = QDir(m_corpus.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).constFirst();
        open(library, {m_corpus.path(), m_corpus.filePath(sub)});
        QCOMPARE(library.articles()->rowCount(), 1000);
        QCOMPARE(library.categories()->totalCount(), 1000);
    }

    void symlinkLoop_doesNotHang()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a/one.md"_s), article(u"一"_s, u" - 金融\n"_s, u"2022-02-10"_s));
        QVERIFY(QFile::link(dir.path(), dir.filePath(u"a/loop"_s)));
        Library library;
        open(library, {dir.path()});
        QCOMPARE(library.articles()->rowCount(), 1);
    }

    // A link to a file of the library is the same article; a link to a file kept elsewhere
    // is an article of its own, listed under the link's path.
    void linkedFiles_listedOnceEach()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        writeFile(dir.filePath(u"a/one.md"_s), article(u"一"_s, u" - 金融\n"_s, u"2022-02-10"_s));
        writeFile(elsewhere.filePath(u"two.md"_s), article(u"二"_s, u" - 金融\n"_s, u"2022-02-11"_s));
        QVERIFY(QDir().mkpath(dir.filePath(u"b"_s)));
        QVERIFY(QFile::link(dir.filePath(u"a/one.md"_s), dir.filePath(u"b/also-one.md"_s)));
        QVERIFY(QFile::link(dir.filePath(u"a/one.md"_s), dir.filePath(u"a/same-one.md"_s)));
        QVERIFY(QFile::link(elsewhere.filePath(u"two.md"_s), dir.filePath(u"two-link.md"_s)));
        Library library;
        open(library, {dir.path()});
        QStringList paths;
        for (const Article &listed : library.articles()->articles())
            paths.append(listed.path);
        paths.sort();
        QCOMPARE(paths, QStringList({dir.filePath(u"a/one.md"_s), dir.filePath(u"two-link.md"_s)}));
    }

    void cancel_stopsAndReportsIt()
    {
        QTemporaryDir home;
        Library library;
        library.setIndexPath(home.filePath(u"index.sqlite"_s)); // a first open, not from an index
        QSignalSpy finished(&library, &Library::scanFinished);
        library.open({m_corpus.path()});
        library.cancel();
        library.waitForScan();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(library.articles()->rowCount() < 1000);
        // The models still agree with each other.
        QCOMPARE(library.categories()->totalCount(), library.articles()->rowCount());
    }

    void reopenWhileScanning_dropsTheOldResults()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"only.md"_s), article(u"唯一"_s, u" - 金融\n"_s, u"2022-02-10"_s));
        Library library;
        QSignalSpy finished(&library, &Library::scanFinished);
        library.open({m_corpus.path()});
        library.open({dir.path()});
        library.waitForIndex();
        QCoreApplication::processEvents();
        QCOMPARE(library.articles()->rowCount(), 1);
        QCOMPARE(library.categories()->totalCount(), 1);
        QCOMPARE(finished.count(), 2); // the first scan reports itself cancelled
        QCOMPARE(finished.at(0).constFirst().toBool(), true);
        QCOMPARE(finished.at(1).constFirst().toBool(), false);
    }

    // While a library is first listed the trees count new articles a few times a second; an
    // article marked read meanwhile must still be counted once, and as read.
    void markedReadWhileListing_countedOnceAsRead()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3000; ++i) {
            writeFile(dir.filePath(u"%1/f%2.md"_s.arg(i % 3).arg(i)),
                      article(u"第%1篇"_s.arg(i), u" - 金融\n"_s, u"2022-02-10"_s));
        }
        QTemporaryDir home;
        Library library;
        library.setIndexPath(home.filePath(u"index.sqlite"_s)); // a first open
        library.setStatePath(home.filePath(u"state.sqlite"_s));
        bool marked = false;
        connect(&library, &Library::scanProgress, this, [&](int done, int total) {
            if (!marked && done > 0 && done < total) {
                marked = true;
                QVERIFY(library.articles()->rowCount() > 0);
                library.setRead({0}, true);
            }
        });
        open(library, {dir.path()});
        QVERIFY(marked);
        QCOMPARE(library.articles()->rowCount(), 3000);
        QCOMPARE(library.categories()->totalCount(), 3000);
        QCOMPARE(library.categories()->totalUnread(), 2999);
        QCOMPARE(library.dates()->totalUnread(), 2999);
    }

    // A list fed by one run appends the articles the scanner calls new without looking for
    // them: an article it already delivered, or one the index held, must never be called new.
    void articlesFound_callsNewOnlyWhatTheRunDidNotDeliver()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        const auto write = [&dir](int from, int to, const QString &date) {
            for (int i = from; i < to; ++i) {
                writeFile(dir.filePath(u"f%1.md"_s.arg(i)),
                          article(u"第%1篇"_s.arg(i), u" - 金融\n"_s, date));
            }
        };
        write(0, 600, u"2022-02-10"_s);
        LibraryScanner scanner;
        LibraryScanner::Options options;
        options.folders = {dir.path()};
        options.indexPath = home.filePath(u"index.sqlite"_s);
        options.statePath = home.filePath(u"state.sqlite"_s);
        options.fullText = false;
        QStringList loaded;
        QStringList found;
        QStringList foundNew;
        connect(&scanner, &LibraryScanner::articlesLoaded, this, [&](const QList<Article> &articles) {
            for (const Article &a : articles)
                loaded.append(a.path);
        });
        connect(&scanner, &LibraryScanner::articlesFound, this,
                [&](const QList<Article> &articles, bool isNew) {
                    for (const Article &a : articles)
                        (isNew ? foundNew : found).append(a.path);
                });
        const auto run = [&](const QStringList &refreshed) {
            loaded.clear();
            found.clear();
            foundNew.clear();
            if (refreshed.isEmpty())
                scanner.start(options);
            else
                scanner.refresh(options, refreshed);
            scanner.waitForFinished();
        };

        // A first open: everything is new.
        run({});
        QVERIFY(loaded.isEmpty());
        QVERIFY(found.isEmpty());
        QCOMPARE(foundNew.size(), 600);

        // A reopen with one file changed and 600 added: the changed one is not new.
        write(0, 1, u"2023-03-03 10:00"_s);
        write(600, 1200, u"2022-02-11"_s);
        run({});
        QCOMPARE(loaded.size(), 600);
        QCOMPARE(found, QStringList({dir.filePath(u"f0.md"_s)}));
        QCOMPARE(foundNew.size(), 600);
        for (const QString &path : std::as_const(foundNew)) {
            QVERIFY2(!loaded.contains(path), qPrintable(path));
            QVERIFY2(QFileInfo(path).baseName().mid(1).toInt() >= 600, qPrintable(path));
        }

        // A refresh feeds a list that holds earlier runs' articles: nothing is new to it.
        write(1200, 1300, u"2022-02-12"_s);
        run({dir.path()});
        QCOMPARE(found.size(), 100);
        QVERIFY(foundNew.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryScanner)
#include "tst_libraryscanner.moc"
