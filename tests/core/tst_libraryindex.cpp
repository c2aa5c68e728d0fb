// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlereader.h"
#include "core/indexdatabase.h"
#include "core/indexstore.h"
#include "core/library.h"
#include "core/plaintext.h"
#include "core/searchquery.h"
#include "core/searchtokenizer.h"
#include "tests/generatedcorpus.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(source, target);
    }
}

void writeArticle(const QString &path, const QString &title, const QString &category, const QString &body,
                  const QString &date = u"2024-05-06T08:00:00+08:00"_s)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((u"---\ntitle: '"_s + title + u"'\ncategories:\n - 金融\n - "_s + category + u"\ndate: "_s
                + date + u"\n---\n<p>"_s + body + u"</p>\n"_s)
                   .toUtf8());
}

// Moves a file's modification time, as an edit a second later would.
void touchLater(const QString &path, int seconds)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(
        file.setFileTime(QFileInfo(path).lastModified().addSecs(seconds), QFileDevice::FileModificationTime));
}

// The reference: a substring scan of the text the reading view shows (title, then the body).
QHash<QString, QString> visibleTexts(const QStringList &paths)
{
    QHash<QString, QString> texts;
    const ArticleReader reader;
    for (const QString &path : paths) {
        const ArticleFile file = reader.read(path);
        if (file.ok)
            texts.insert(path, file.article.title + u'\n' + PlainText::fromHtml(file.body));
    }
    return texts;
}

} // namespace

class TestLibraryIndex : public QObject
{
    Q_OBJECT

private:
    // A library with its own index and reading state in `m_home`.
    void configure(Library &library)
    {
        library.setIndexPath(m_home.filePath(u"index.sqlite"_s));
        library.setStatePath(m_home.filePath(u"state.sqlite"_s));
    }

    void openAndIndex(Library &library, const QStringList &folders)
    {
        configure(library);
        library.open(folders);
        library.waitForIndex();
        QVERIFY(!library.isScanning());
        QVERIFY(library.isIndexComplete());
    }

    // Every field the list keeps, one per line; instants as instants, whatever their zone.
    static QString describe(const Article &a)
    {
        return QStringList({u"id=%1"_s.arg(a.indexId), u"title="_s + a.title,
                            u"categories="_s + a.categories.join(u'/'), u"tags="_s + a.tags.join(u'/'),
                            u"author="_s + a.author, u"link="_s + a.link, u"headimg="_s + a.headImage,
                            u"thumbnail="_s + a.thumbnail, u"date=%1"_s.arg(a.date.toMSecsSinceEpoch()),
                            u"origin=%1"_s.arg(int(a.dateOrigin)), u"size=%1"_s.arg(a.fileSize),
                            u"modified=%1"_s.arg(a.fileModified.toMSecsSinceEpoch()),
                            u"mentions="_s + a.mentions.toStringList().join(u'/'),
                            u"read=%1 starred=%2"_s.arg(a.read ? u"true"_s : u"false"_s,
                                                        a.starred ? u"true"_s : u"false"_s)})
            .join(u'\n');
    }

    QHash<QString, QString> describeByPath(Library &library)
    {
        QHash<QString, QString> described;
        for (const Article &article : library.articles()->articles())
            described.insert(article.path, describe(article));
        return described;
    }

    QHash<QString, qint64> idsByPath(Library &library)
    {
        QHash<QString, qint64> ids;
        for (const Article &article : library.articles()->articles())
            ids.insert(article.path, article.indexId);
        return ids;
    }

    QSet<QString> searchPaths(Library &library, const QString &query)
    {
        QString error;
        const std::optional<QSet<qint64>> ids = library.search(SearchQuery(query), &error);
        if (!ids)
            return {u"error: "_s + error};
        QSet<QString> paths;
        for (const Article &article : library.articles()->articles()) {
            if (ids->contains(article.indexId))
                paths.insert(article.path);
        }
        return paths;
    }

    // What a substring scan of the articles' visible text finds: what search must find.
    QSet<QString> scanPaths(Library &library, const QString &term)
    {
        QStringList paths;
        for (const Article &article : library.articles()->articles())
            paths.append(article.path);
        const QHash<QString, QString> texts = visibleTexts(paths);
        QSet<QString> found;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (it.value().contains(term))
                found.insert(it.key());
        }
        return found;
    }

    // Every 1- and 2-character Chinese query from the texts (a sample of them for a large
    // library), plus longer ones and Latin words, compared with a substring scan.
    void compareWithSubstringScan(Library &library, int queriesPerLength)
    {
        QStringList paths;
        for (const Article &article : library.articles()->articles())
            paths.append(article.path);
        const QHash<QString, QString> texts = visibleTexts(paths);
        QVERIFY(!texts.isEmpty());

        QSet<QString> queries;
        QRandomGenerator random(7);
        const QStringList values = texts.values();
        for (int length = 1; length <= 4; ++length) {
            int made = 0;
            for (int attempt = 0; made < queriesPerLength && attempt < queriesPerLength * 50; ++attempt) {
                const QString &text = values.at(random.bounded(int(values.size())));
                if (text.size() < length)
                    continue;
                const QString piece = text.mid(random.bounded(int(text.size()) - length + 1), length);
                const bool chinese = std::all_of(piece.cbegin(), piece.cend(),
                                                 [](QChar c) { return SearchTokenizer::isCjk(c.unicode()); });
                if (chinese && !queries.contains(piece)) {
                    queries.insert(piece);
                    ++made;
                }
            }
        }
        QCOMPARE_GT(queries.size(), 3 * queriesPerLength);
        queries.insert(u"银"_s); // in every bank article
        queries.insert(u"鑫"_s); // rare
        queries.insert(u"龘"_s); // in none
        for (const QString &query : std::as_const(queries)) {
            QSet<QString> expected;
            for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
                if (it.value().contains(query))
                    expected.insert(it.key());
            }
            QCOMPARE(searchPaths(library, query), expected);
        }
    }

    QTemporaryDir m_home;
    QTemporaryDir m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        // The user's dictionary file (changedSettingsAreApplied) in a folder of this run's
        // own: not the user's, and not shared with tests running alongside.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        QVERIFY(MentionDictionary::userFilePath().startsWith(m_home.path()));
        QVERIFY(generateCorpus(m_corpus.path(), 1000, 11));
    }

    void init()
    {
        // Each test starts without an index or reading state.
        for (const QString &name : QDir(m_home.path()).entryList(QDir::Files))
            QFile::remove(m_home.filePath(name));
    }

    void searchOnSampleLibraryMatchesSubstringScan()
    {
        Library library;
        openAndIndex(library, {QStringLiteral(BROADSHEET_SAMPLE_LIBRARY)});
        compareWithSubstringScan(library, 60);
        // Latin words, in any case.
        QCOMPARE(searchPaths(library, u"shibor"_s), searchPaths(library, u"SHIBOR"_s));
    }

    void searchOnGeneratedLibraryMatchesSubstringScan()
    {
        Library library;
        openAndIndex(library, {m_corpus.path()});
        QCOMPARE(library.articles()->rowCount(), 1000);
        compareWithSubstringScan(library, 120);
    }

    void warmReopenListsFromTheIndex_data()
    {
        QTest::addColumn<QString>("snapshot");
        QTest::newRow("from the snapshot") << u"kept"_s;
        QTest::newRow("no snapshot") << u"removed"_s;
        QTest::newRow("damaged snapshot") << u"damaged"_s;
        QTest::newRow("index changed since the snapshot") << u"stale"_s;
    }

    void warmReopenListsFromTheIndex()
    {
        QFETCH(QString, snapshot);
        QTemporaryDir folder;
        copyTree(QStringLiteral(BROADSHEET_SAMPLE_LIBRARY), folder.path());
        QHash<QString, QString> before;
        QHash<QString, qint64> idsBefore;
        int problemsBefore = 0;
        {
            Library library;
            openAndIndex(library, {folder.path()});
            before = describeByPath(library);
            idsBefore = idsByPath(library);
            problemsBefore = library.problems()->rowCount();
            library.setRead({0}, true);
            library.setStarred({0}, true);
            before[library.articles()->article(0).path] = describe(library.articles()->article(0));
        }
        QVERIFY(before.size() > 10);
        const QString snapshotPath = m_home.filePath(u"index.sqlite.list"_s);
        QVERIFY(QFileInfo(snapshotPath).size() > 1000);
        if (snapshot == u"removed"_s) {
            QVERIFY(QFile::remove(snapshotPath));
        } else if (snapshot == u"damaged"_s) {
            QFile file(snapshotPath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            file.write(QByteArray(64, '\xff'));
        } else if (snapshot == u"stale"_s) {
            // Another Broadsheet stored other mentions for an article since (with another
            // mention dictionary, say): the snapshot must not hide them.
            const QString path = idsBefore.keys().constFirst();
            {
                IndexDatabase other(m_home.filePath(u"index.sqlite"_s), m_home.filePath(u"state.sqlite"_s));
                IndexStore store(other);
                IndexedText text;
                text.id = idsBefore.value(path);
                text.textIndexed = true;
                text.mentions = {u"贵州茅台"_s};
                QVERIFY(store.storeTexts({text}));
            }
            for (const QString &line : before.value(path).split(u'\n')) {
                if (line.startsWith(u"mentions="_s))
                    before[path].replace(line, u"mentions=贵州茅台"_s);
            }
        }

        Library library;
        configure(library);
        QSignalSpy indexing(&library, &Library::indexProgress);
        library.open({folder.path()});
        library.waitForScan();
        // Listed with the same rows (a file read again would have a new id) and, without a
        // word of full text read, the mentions, the reading state and the problems.
        const QHash<QString, QString> after = describeByPath(library);
        QCOMPARE(after.keys().size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()).split(u'\n'), it.value().split(u'\n'));
        QCOMPARE(library.problems()->rowCount(), problemsBefore);
        library.waitForIndex();
        QCOMPARE(indexing.count(), 0); // nothing left to index
        QCOMPARE(library.categories()->totalCount(), int(before.size()));
        const auto unread = std::count_if(before.cbegin(), before.cend(),
                                          [](const QString &d) { return d.contains(u"read=false"_s); });
        QVERIFY(unread < before.size());
        QCOMPARE(library.categories()->totalUnread(), int(unread));
        QCOMPARE(library.dates()->totalCount(), int(before.size()));
        // The list is in date order at once.
        const QAbstractItemModel *shown = library.filteredArticles();
        for (int row = 1; row < shown->rowCount(); ++row) {
            QVERIFY(shown->index(row - 1, 0).data(ArticleListModel::DateRole).toDateTime()
                    >= shown->index(row, 0).data(ArticleListModel::DateRole).toDateTime());
        }
    }

    void changedFilesAreReadAgain()
    {
        QTemporaryDir folder;
        const QString kept = folder.filePath(u"a/kept.md"_s);
        const QString edited = folder.filePath(u"a/edited.md"_s);
        const QString deleted = folder.filePath(u"b/deleted.md"_s);
        writeArticle(kept, u"留下"_s, u"银行"_s, u"工商银行"_s);
        writeArticle(edited, u"旧标题"_s, u"银行"_s, u"旧的正文"_s);
        writeArticle(deleted, u"删除"_s, u"保险"_s, u"平安保险"_s);
        QHash<QString, qint64> before;
        {
            Library library;
            openAndIndex(library, {folder.path()});
            before = idsByPath(library);
            QCOMPARE(before.size(), 3);
        }
        writeArticle(edited, u"新标题"_s, u"证券"_s, u"新的正文"_s);
        touchLater(edited, 5);
        QVERIFY(QFile::remove(deleted));
        writeArticle(folder.filePath(u"c/added.md"_s), u"新增"_s, u"银行"_s, u"建设银行"_s);

        Library library;
        QAbstractItemModelTester categoryTester(library.categories(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        openAndIndex(library, {folder.path()});
        QCOMPARE(library.articles()->rowCount(), 3);
        QCOMPARE(idsByPath(library).value(kept), before.value(kept));
        const int row = library.articles()->rowOfPath(edited);
        QVERIFY(row >= 0);
        QCOMPARE(library.articles()->article(row).title, u"新标题"_s);
        QCOMPARE(library.articles()->rowOfPath(deleted), -1);
        // The trees follow: the edited article moved from 银行 to 证券, 保险 is gone.
        QCOMPARE(library.categories()->data(library.categories()->indexOfPath({u"金融"_s, u"银行"_s}),
                                            CategoryTreeModel::CountRole),
                 2);
        QVERIFY(library.categories()->indexOfPath({u"金融"_s, u"证券"_s}).isValid());
        QVERIFY(!library.categories()->indexOfPath({u"金融"_s, u"保险"_s}).isValid());
        // And so does search: old words are gone, new ones found.
        QCOMPARE(searchPaths(library, u"旧的"_s), QSet<QString>());
        QCOMPARE(searchPaths(library, u"新的"_s), QSet<QString> {edited});
        QCOMPARE(searchPaths(library, u"平安"_s), QSet<QString>());
        QCOMPARE(searchPaths(library, u"建设"_s), QSet<QString> {folder.filePath(u"c/added.md"_s)});
    }

    void readingStateSurvivesMovesAndReindexing()
    {
        QTemporaryDir folder;
        const QString first = folder.filePath(u"one.md"_s);
        const QString second = folder.filePath(u"two.md"_s);
        writeArticle(first, u"第一篇"_s, u"银行"_s, u"正文"_s);
        writeArticle(second, u"第二篇"_s, u"银行"_s, u"正文"_s, u"2024-05-07T08:00:00+08:00"_s);
        {
            Library library;
            openAndIndex(library, {folder.path()});
            QCOMPARE(library.categories()->data(library.categories()->indexOfPath({u"金融"_s}),
                                                CategoryTreeModel::UnreadRole),
                     2);
            library.setRead({library.articles()->rowOfPath(first)}, true);
            library.setStarred({library.articles()->rowOfPath(second)}, true);
            QCOMPARE(library.categories()->data(library.categories()->indexOfPath({u"金融"_s}),
                                                CategoryTreeModel::UnreadRole),
                     1);
        }
        // Renamed into a subfolder, and the index thrown away: the state is kept by article.
        QVERIFY(QDir().mkpath(folder.filePath(u"moved"_s)));
        const QString moved = folder.filePath(u"moved/renamed.md"_s);
        QVERIFY(QFile::rename(first, moved));
        QVERIFY(QFile::remove(m_home.filePath(u"index.sqlite"_s)));

        Library library;
        openAndIndex(library, {folder.path()});
        const Article &read = library.articles()->article(library.articles()->rowOfPath(moved));
        QVERIFY(read.read);
        QVERIFY(!read.starred);
        const Article &starred = library.articles()->article(library.articles()->rowOfPath(second));
        QVERIFY(!starred.read);
        QVERIFY(starred.starred);
        QCOMPARE(library.categories()->data(library.categories()->indexOfPath({u"金融"_s}),
                                            CategoryTreeModel::UnreadRole),
                 1);
    }

    void damagedIndexIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("cut in half") << u"truncate"_s;
        QTest::newRow("pages zeroed") << u"zeroes"_s;
        QTest::newRow("another program's database") << u"foreign"_s;
        QTest::newRow("empty file") << u"empty"_s;
    }

    void damagedIndexIsRebuilt()
    {
        QFETCH(QString, damage);
        const QString sample = QStringLiteral(BROADSHEET_SAMPLE_LIBRARY);
        const QString indexPath = m_home.filePath(u"index.sqlite"_s);
        int articles = 0;
        QSet<QString> found;
        {
            Library library;
            openAndIndex(library, {sample});
            articles = library.articles()->rowCount();
            found = searchPaths(library, u"银行"_s);
        }
        QVERIFY(!found.isEmpty());
        QFile::remove(indexPath + u"-wal"_s);
        QFile::remove(indexPath + u"-shm"_s);
        QFile file(indexPath);
        const qint64 size = file.size();
        if (damage == u"foreign"_s) {
            QVERIFY(QFile::remove(indexPath));
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(indexPath);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE article (id INTEGER, name TEXT)"_s);
            db.close();
        } else {
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (damage == u"random"_s) {
                QByteArray noise(size, '\0');
                for (char &byte : noise)
                    byte = char(QRandomGenerator::global()->bounded(256));
                file.write(noise);
            } else if (damage == u"truncate"_s) {
                QVERIFY(file.resize(size / 2));
            } else if (damage == u"zeroes"_s) {
                file.seek(4096);
                file.write(QByteArray(int(qMin<qint64>(size - 4096, 64 * 1024)), '\0'));
            } else {
                QVERIFY(file.resize(0));
            }
            file.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);

        Library library;
        openAndIndex(library, {sample});
        QCOMPARE(library.articles()->rowCount(), articles);
        QCOMPARE(searchPaths(library, u"银行"_s), found);
        if (damage != u"empty"_s) {
            // Said once, naming the file (an empty file is simply a new index).
            const QList<Problem> problems = library.problems()->problems();
            QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [&indexPath](const Problem &problem) {
                return problem.message.contains(QDir::toNativeSeparators(indexPath));
            }));
        }
    }

    void twoLibrariesOnOneIndex_bothList()
    {
        // The window and `broadsheet search` may open the same library at the same time: they
        // share the index and must neither collide nor rebuild it.
        QTemporaryDir folder;
        copyTree(m_corpus.path(), folder.path());
        Library first;
        Library second;
        configure(first);
        configure(second);
        first.open({folder.path()});
        second.open({folder.path()});
        first.waitForIndex();
        second.waitForIndex();
        for (Library *library : {&first, &second}) {
            QCOMPARE(library->articles()->rowCount(), 1000);
            for (const Problem &problem : library->problems()->problems())
                QVERIFY2(!problem.path.endsWith(u"index.sqlite"_s), qPrintable(problem.message));
        }
        Library third;
        openAndIndex(third, {folder.path()});
        QCOMPARE(third.articles()->rowCount(), 1000);
        // A failed search returns {"error: …"}, never what the scan finds.
        QVERIFY(!scanPaths(third, u"银行"_s).isEmpty());
        QCOMPARE(searchPaths(third, u"银行"_s), scanPaths(third, u"银行"_s));
    }

    void unwritableIndexFolder_libraryStillOpensAndSearches()
    {
        // A cache folder that cannot be made (here: below a file) must not stop anyone reading.
        QTemporaryDir folder;
        writeArticle(folder.filePath(u"one.md"_s), u"第一篇"_s, u"银行"_s, u"河南的银行"_s);
        QFile blocker(m_home.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Library library;
        library.setIndexPath(m_home.filePath(u"not-a-folder/index.sqlite"_s));
        library.setStatePath(m_home.filePath(u"state.sqlite"_s));
        library.open({folder.path()});
        library.waitForIndex();
        QCOMPARE(library.articles()->rowCount(), 1);
        const QList<Problem> problems = library.problems()->problems();
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const Problem &problem) {
            return problem.message.contains(u"kept in memory"_s);
        }));
        // The index in memory belongs to the scanner's run; the window's search reports the
        // missing file instead of crashing.
        QString error;
        QVERIFY(!library.search(SearchQuery(u"河南"_s), &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void indexOfAnotherVersion_isRemadeQuietly()
    {
        const QString sample = QStringLiteral(BROADSHEET_SAMPLE_LIBRARY);
        int articles = 0;
        {
            Library library;
            openAndIndex(library, {sample});
            articles = library.articles()->rowCount();
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(m_home.filePath(u"index.sqlite"_s));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(IndexDatabase::schemaVersion - 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        // An upgrade is no problem of the user's files: nothing is reported, all is listed.
        Library library;
        openAndIndex(library, {sample});
        QCOMPARE(library.articles()->rowCount(), articles);
        for (const Problem &problem : library.problems()->problems())
            QVERIFY2(!problem.path.endsWith(u"index.sqlite"_s), qPrintable(problem.message));
        QVERIFY(!scanPaths(library, u"银行"_s).isEmpty());
        QCOMPARE(searchPaths(library, u"银行"_s), scanPaths(library, u"银行"_s));
    }

    void indexingThatStoppedEarlyIsResumed()
    {
        QTemporaryDir folder;
        copyTree(QStringLiteral(BROADSHEET_SAMPLE_LIBRARY), folder.path());
        {
            Library library;
            configure(library);
            library.setFullTextIndexing(false);
            library.open({folder.path()});
            library.waitForIndex();
            QVERIFY(!library.isIndexComplete());
        }
        Library library;
        QSignalSpy indexing(&library, &Library::indexProgress);
        openAndIndex(library, {folder.path()});
        QVERIFY(!indexing.isEmpty());
        QCOMPARE(indexing.constLast().at(0).toInt(), library.articles()->rowCount());
        QVERIFY(!scanPaths(library, u"银行"_s).isEmpty());
        QCOMPARE(searchPaths(library, u"银行"_s), scanPaths(library, u"银行"_s));
    }

    void watchedFoldersFollowTheFiles()
    {
        QTemporaryDir folder;
        writeArticle(folder.filePath(u"2024/one.md"_s), u"第一篇"_s, u"银行"_s, u"正文"_s);
        Library library;
        QAbstractItemModelTester listTester(library.articles(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester categoryTester(library.categories(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        library.setWatching(true);
        openAndIndex(library, {folder.path()});
        QCOMPARE(library.articles()->rowCount(), 1);

        // A new file in a watched folder, and one in a new subfolder.
        const QString added = folder.filePath(u"2024/two.md"_s);
        writeArticle(added, u"第二篇"_s, u"证券"_s, u"招商银行公告"_s);
        const QString nested = folder.filePath(u"2025/01/three.md"_s);
        writeArticle(nested, u"第三篇"_s, u"证券"_s, u"正文"_s);
        QTRY_COMPARE_WITH_TIMEOUT(library.articles()->rowCount(), 3, 10000);
        QTRY_COMPARE(library.categories()->data(library.categories()->indexOfPath({u"金融"_s, u"证券"_s}),
                                                CategoryTreeModel::CountRole),
                     QVariant(2));
        QTRY_COMPARE(searchPaths(library, u"招商"_s), QSet<QString> {added});

        // Rewritten in place: the new title shows.
        writeArticle(added, u"第二篇（更正）"_s, u"证券"_s, u"招商银行公告"_s);
        touchLater(added, 3);
        QTRY_COMPARE_WITH_TIMEOUT(library.articles()->article(library.articles()->rowOfPath(added)).title,
                                  u"第二篇（更正）"_s, 10000);

        // Deleted: gone from the list and the trees.
        QVERIFY(QFile::remove(nested));
        QTRY_COMPARE_WITH_TIMEOUT(library.articles()->rowCount(), 2, 10000);
        QTRY_COMPARE(library.categories()->data(library.categories()->indexOfPath({u"金融"_s, u"证券"_s}),
                                                CategoryTreeModel::CountRole),
                     QVariant(1));
    }

    void changedSettingsAreApplied()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"zoneless.md"_s);
        writeArticle(path, u"没有时区"_s, u"银行"_s, u"寒武纪发布公告"_s, u"2024-05-06 08:00:00"_s);
        QDateTime utc;
        {
            Library library;
            library.setDateParser(DateParser(QTimeZone::utc()));
            openAndIndex(library, {folder.path()});
            utc = library.articles()->article(0).date;
            QCOMPARE(library.articles()->article(0).mentions, QStringList());
        }
        // Another zone for dates without one: the file is read again, though it did not change.
        {
            Library library;
            library.setDateParser(DateParser(QTimeZone(8 * 3600)));
            openAndIndex(library, {folder.path()});
            QCOMPARE(library.articles()->article(0).date.toMSecsSinceEpoch(),
                     utc.toMSecsSinceEpoch() - 8 * 3600 * 1000);
        }
        // A company added to the user's dictionary is found in the articles already indexed.
        QDir().mkpath(QFileInfo(MentionDictionary::userFilePath()).absolutePath());
        QFile user(MentionDictionary::userFilePath());
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write(u"kind,name,full_name,aliases,a_share,h_share,english\n"
                   "company,寒武纪,中科寒武纪科技股份有限公司,,688256.SH,,Cambricon\n"_s.toUtf8());
        user.close();
        {
            Library library;
            library.setDateParser(DateParser(QTimeZone(8 * 3600)));
            openAndIndex(library, {folder.path()});
            QCOMPARE(library.articles()->article(0).mentions, QStringList {u"寒武纪"_s});
            QCOMPARE(searchPaths(library, u"寒武纪"_s), QSet<QString> {path});
        }
        QFile::remove(MentionDictionary::userFilePath());
    }

    void libraryFoldersAreNeverWritten()
    {
        QTemporaryDir folder;
        copyTree(QStringLiteral(BROADSHEET_SAMPLE_LIBRARY), folder.path());
        const auto snapshot = [&folder] {
            QStringList entries;
            QDirIterator it(folder.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                entries.append(it.filePath() + u' ' + QString::number(it.fileInfo().size()) + u' '
                               + QString::number(it.fileInfo().lastModified().toMSecsSinceEpoch()));
            }
            entries.sort();
            return entries;
        };
        const QStringList before = snapshot();
        Library library;
        openAndIndex(library, {folder.path()});
        library.setRead({0, 1}, true);
        library.setStarred({2}, true);
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestLibraryIndex)
#include "tst_libraryindex.moc"
