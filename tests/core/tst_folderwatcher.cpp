// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/folderwatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet::Core;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Long enough to tell "not reported" from "reported late": reports come 50 ms after a change.
constexpr int quietWaitMs = 300;

bool writeFile(const QString &path,
               const QByteArray &contents = QByteArrayLiteral("---\ntitle: t\n---\nbody\n"))
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

bool appendToFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write("more\n") == 5;
}

// Every folder reported so far, over all signals.
QStringList reported(const QSignalSpy &spy)
{
    QStringList folders;
    for (const QList<QVariant> &arguments : spy)
        folders += arguments.at(0).toStringList();
    folders.sort();
    folders.removeDuplicates();
    return folders;
}

bool startWatching(FolderWatcher &watcher, const QStringList &roots)
{
    QSignalSpy ready(&watcher, &FolderWatcher::ready);
    watcher.setRoots(roots);
    return ready.wait();
}

} // namespace

class TestFolderWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changeIsReportedForItsFolder_data();
    void changeIsReportedForItsFolder();
    void articleMovedBetweenFolders_reportsBoth();
    void newSubfolder_isWatched();
    void newSubfolderWithArticles_isReported();
    void folderTreeMovedIn_isReportedAndWatched();
    void subfolderRemoved_otherChangesStillReported();
    void subfolderRenamed_isReportedUnderItsNewPath();
    void subfolderMovedOut_isNoLongerReported();
    void burstOfWrites_isReportedTogether();
    void continuousStream_isStillReported();
    void newRoots_replaceOldOnes();
    void emptyRoots_stopWatching();
    void linkToOutsideFolder_isNotFollowed();
    void hiddenFolder_isNotWatched();
    void unrelatedFolder_isNotReported();
    void rootPath_isReportedCleaned();
    void droppedEvents_reportEveryFolder();
};

enum class Change { Create, Append, Rewrite, Delete, Rename };

void TestFolderWatcher::changeIsReportedForItsFolder_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("folder"); // relative to the root, where the change happens

    QTest::newRow("new article") << Change::Create << QString();
    QTest::newRow("article appended to") << Change::Append << QString();
    QTest::newRow("article rewritten in place") << Change::Rewrite << QString();
    QTest::newRow("article deleted") << Change::Delete << QString();
    QTest::newRow("article renamed") << Change::Rename << QString();
    QTest::newRow("new article in nested folder") << Change::Create << u"2022/02"_s;
    QTest::newRow("article appended to in nested folder") << Change::Append << u"2022/02"_s;
    QTest::newRow("article deleted in nested folder") << Change::Delete << u"2022/02"_s;
}

void TestFolderWatcher::changeIsReportedForItsFolder()
{
    QFETCH(Change, change);
    QFETCH(QString, folder);
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"2022/02"_s));
    QVERIFY(writeFile(root.filePath(u"existing.md"_s)));
    QVERIFY(writeFile(root.filePath(u"2022/02/existing.md"_s)));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QVERIFY(watcher.isWatching());
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    const QDir dir(folder.isEmpty() ? root.path() : root.filePath(folder));
    switch (change) {
    case Change::Create:
        QVERIFY(writeFile(dir.filePath(u"new.md"_s)));
        break;
    case Change::Append:
        QVERIFY(appendToFile(dir.filePath(u"existing.md"_s)));
        break;
    case Change::Rewrite:
        QVERIFY(writeFile(dir.filePath(u"existing.md"_s), "---\ntitle: changed\n---\n"));
        break;
    case Change::Delete:
        QVERIFY(QFile::remove(dir.filePath(u"existing.md"_s)));
        break;
    case Change::Rename:
        QVERIFY(QFile::rename(dir.filePath(u"existing.md"_s), dir.filePath(u"renamed.md"_s)));
        break;
    }

    // Only that folder: its parents did not change.
    QTRY_COMPARE(reported(changed), QStringList {dir.path()});
}

void TestFolderWatcher::articleMovedBetweenFolders_reportsBoth()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"inbox"_s));
    QVERIFY(QDir(root.path()).mkpath(u"read"_s));
    QVERIFY(writeFile(root.filePath(u"inbox/a.md"_s)));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(QFile::rename(root.filePath(u"inbox/a.md"_s), root.filePath(u"read/a.md"_s)));

    const QStringList both {root.filePath(u"inbox"_s), root.filePath(u"read"_s)};
    QTRY_COMPARE(reported(changed), both);
}

void TestFolderWatcher::newSubfolder_isWatched()
{
    QTemporaryDir root;
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(QDir(root.path()).mkdir(u"2023"_s));
    const QString subfolder = root.filePath(u"2023"_s);
    // The new folder itself is reported once it is watched (it might have had files already).
    QTRY_VERIFY(reported(changed).contains(root.path()) && reported(changed).contains(subfolder));
    changed.clear();

    QVERIFY(writeFile(subfolder + u"/new.md"_s));
    QTRY_COMPARE(reported(changed), QStringList {subfolder});
}

void TestFolderWatcher::newSubfolderWithArticles_isReported()
{
    QTemporaryDir root;
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    // Written straight away, likely before the watcher has seen the folder.
    QVERIFY(QDir(root.path()).mkpath(u"2023/05"_s));
    QVERIFY(writeFile(root.filePath(u"2023/05/a.md"_s)));

    QTRY_VERIFY(reported(changed).contains(root.filePath(u"2023/05"_s)));
}

void TestFolderWatcher::folderTreeMovedIn_isReportedAndWatched()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(QDir(outside.path()).mkpath(u"feed/2024"_s));
    QVERIFY(writeFile(outside.filePath(u"feed/2024/a.md"_s)));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(QDir().rename(outside.filePath(u"feed"_s), root.filePath(u"feed"_s)));

    const QStringList all {root.path(), root.filePath(u"feed"_s), root.filePath(u"feed/2024"_s)};
    QTRY_COMPARE(reported(changed), all);
    changed.clear();
    QVERIFY(appendToFile(root.filePath(u"feed/2024/a.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {root.filePath(u"feed/2024"_s)});
}

void TestFolderWatcher::subfolderRemoved_otherChangesStillReported()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"old/deeper"_s));
    QVERIFY(writeFile(root.filePath(u"old/deeper/a.md"_s)));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(QDir(root.filePath(u"old"_s)).removeRecursively());
    // The removed folders are reported too, so the library drops their articles.
    const QStringList all {root.path(), root.filePath(u"old"_s), root.filePath(u"old/deeper"_s)};
    QTRY_COMPARE(reported(changed), all);
    changed.clear();

    QVERIFY(writeFile(root.filePath(u"b.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {root.path()});
    changed.clear();

    // A folder of the same name made again is watched again.
    QVERIFY(QDir(root.path()).mkdir(u"old"_s));
    QTRY_VERIFY(reported(changed).contains(root.filePath(u"old"_s)));
    changed.clear();
    QVERIFY(writeFile(root.filePath(u"old/c.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {root.filePath(u"old"_s)});
}

void TestFolderWatcher::subfolderRenamed_isReportedUnderItsNewPath()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"drafts/inner"_s));
    QVERIFY(writeFile(root.filePath(u"drafts/inner/a.md"_s)));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(QDir(root.path()).rename(u"drafts"_s, u"published"_s));
    const QStringList both {root.path(), root.filePath(u"drafts"_s), root.filePath(u"drafts/inner"_s),
                            root.filePath(u"published"_s), root.filePath(u"published/inner"_s)};
    QTRY_COMPARE(reported(changed), both);
    changed.clear();

    QVERIFY(appendToFile(root.filePath(u"published/inner/a.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {root.filePath(u"published/inner"_s)});
}

void TestFolderWatcher::subfolderMovedOut_isNoLongerReported()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(QDir(root.path()).mkpath(u"old"_s));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(QDir().rename(root.filePath(u"old"_s), outside.filePath(u"old"_s)));
    const QStringList gone {root.path(), root.filePath(u"old"_s)};
    QTRY_COMPARE(reported(changed), gone);
    changed.clear();

    QVERIFY(writeFile(outside.filePath(u"old/a.md"_s)));
    QTest::qWait(quietWaitMs);
    QCOMPARE(reported(changed), QStringList());
    QVERIFY(writeFile(root.filePath(u"b.md"_s))); // still watching the rest
    QTRY_COMPARE(reported(changed), QStringList {root.path()});
}

void TestFolderWatcher::burstOfWrites_isReportedTogether()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkdir(u"feed"_s));
    const QString feed = root.filePath(u"feed"_s);
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    for (int i = 0; i < 200; ++i)
        QVERIFY(writeFile(feed + u"/article-%1.md"_s.arg(i)));

    QTRY_VERIFY(!changed.isEmpty());
    QTest::qWait(quietWaitMs); // let any later report arrive
    QVERIFY2(changed.count() <= 3, qPrintable(u"%1 reports"_s.arg(changed.count())));
    for (const QList<QVariant> &arguments : changed)
        QCOMPARE(arguments.at(0).toStringList(), QStringList {feed});
}

void TestFolderWatcher::continuousStream_isStillReported()
{
    QTemporaryDir root;
    FolderWatcher watcher;
    // Longer than the pause between writes: only the cap on waiting can report.
    watcher.setSettleTime(1s);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    for (int i = 0; i < 60 && changed.isEmpty(); ++i) {
        QVERIFY(writeFile(root.filePath(u"article-%1.md"_s.arg(i))));
        QTest::qWait(100);
    }
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constFirst().at(0).toStringList(), QStringList {root.path()});
}

void TestFolderWatcher::newRoots_replaceOldOnes()
{
    QTemporaryDir oldRoot;
    QTemporaryDir newRoot;
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {oldRoot.path()}));
    QVERIFY(startWatching(watcher, {newRoot.path()}));
    QCOMPARE(watcher.roots(), QStringList {newRoot.path()});
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(writeFile(oldRoot.filePath(u"a.md"_s)));
    QTest::qWait(quietWaitMs);
    QCOMPARE(reported(changed), QStringList());
    QVERIFY(writeFile(newRoot.filePath(u"b.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {newRoot.path()});
}

void TestFolderWatcher::emptyRoots_stopWatching()
{
    QTemporaryDir root;
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);
    // A change not yet reported is dropped as well.
    QVERIFY(writeFile(root.filePath(u"a.md"_s)));

    watcher.setRoots({});
    QVERIFY(!watcher.isWatching());
    QVERIFY(writeFile(root.filePath(u"b.md"_s)));
    QTest::qWait(quietWaitMs);
    QCOMPARE(reported(changed), QStringList());
}

void TestFolderWatcher::linkToOutsideFolder_isNotFollowed()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.path(), root.filePath(u"link"_s)));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(writeFile(outside.filePath(u"a.md"_s)));
    QTest::qWait(quietWaitMs);
    QCOMPARE(reported(changed), QStringList());
    QVERIFY(writeFile(root.filePath(u"b.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {root.path()});
}

void TestFolderWatcher::hiddenFolder_isNotWatched()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u".git/objects"_s));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(writeFile(root.filePath(u".git/objects/pack"_s)));
    QTest::qWait(quietWaitMs);
    QCOMPARE(reported(changed), QStringList());
    // An entry of a watched folder is reported, hidden or not.
    QVERIFY(writeFile(root.filePath(u".hidden.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {root.path()});
}

void TestFolderWatcher::unrelatedFolder_isNotReported()
{
    QTemporaryDir root;
    QTemporaryDir unrelated;
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(writeFile(unrelated.filePath(u"a.md"_s)));
    QVERIFY(QDir(unrelated.path()).mkdir(u"sub"_s));
    QTest::qWait(quietWaitMs);
    QCOMPARE(reported(changed), QStringList());
}

void TestFolderWatcher::rootPath_isReportedCleaned()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkdir(u"sub"_s));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    // Twice, once inside itself: still one root, watched once.
    QVERIFY(startWatching(watcher, {root.path() + u"/sub/../"_s, root.path(), root.filePath(u"sub"_s)}));
    const QStringList roots {root.path(), root.filePath(u"sub"_s)};
    QCOMPARE(watcher.roots(), roots);
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    QVERIFY(writeFile(root.filePath(u"a.md"_s)));
    QVERIFY(writeFile(root.filePath(u"sub/b.md"_s)));
    QTRY_COMPARE(reported(changed), roots);
}

void TestFolderWatcher::droppedEvents_reportEveryFolder()
{
#ifdef Q_OS_LINUX
    // More events than the kernel queues: each new file makes two (created, closed), and none
    // is read while this loop runs.
    QFile limitFile(u"/proc/sys/fs/inotify/max_queued_events"_s);
    QVERIFY(limitFile.open(QIODevice::ReadOnly));
    const int limit = limitFile.readAll().trimmed().toInt();
    if (limit <= 0 || limit > 100'000)
        QSKIP("the inotify queue is too long to fill in a test");
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkdir(u"busy"_s));
    QVERIFY(QDir(root.path()).mkdir(u"quiet"_s));
    FolderWatcher watcher;
    watcher.setSettleTime(50ms);
    QVERIFY(startWatching(watcher, {root.path()}));
    QSignalSpy changed(&watcher, &FolderWatcher::directoriesChanged);

    for (int i = 0; i < limit / 2 + 100; ++i)
        QVERIFY(writeFile(root.filePath(u"busy/%1.md"_s.arg(i)), "x"));
    // Made when the queue is full: the event of its creation is lost.
    QVERIFY(QDir(root.path()).mkdir(u"late"_s));

    // "quiet" did not change, but after lost events nobody can know that.
    const QStringList all {root.path(), root.filePath(u"busy"_s), root.filePath(u"late"_s),
                           root.filePath(u"quiet"_s)};
    QTRY_COMPARE(reported(changed), all);
    changed.clear();
    QVERIFY(writeFile(root.filePath(u"late/a.md"_s)));
    QTRY_COMPARE(reported(changed), QStringList {root.filePath(u"late"_s)});
#else
    QSKIP("inotify only");
#endif
}

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
