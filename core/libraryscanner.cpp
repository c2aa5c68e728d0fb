// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/libraryscanner.h"

#include "core/articlereader.h"
#include "core/filelister.h"
#include "core/indexdatabase.h"
#include "core/indexstore.h"
#include "core/logging.h"
#include "core/plaintext.h"
#include "core/stringpool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

// Big enough to keep both cores busy and the index's transactions few, small enough that the
// list visibly fills in and Cancel is quick.
constexpr qsizetype readBatch = 1024;
// FTS5 writes a new segment at every commit and merges them later: fewer, larger
// transactions make the index several times faster to build.
constexpr qsizetype textBatch = 2048;
constexpr qsizetype loadBatch = 8192;

bool isInside(const QString &path, const QStringList &folders)
{
    return std::any_of(folders.cbegin(), folders.cend(), [&path](const QString &folder) {
        return path.startsWith(folder) && path.size() > folder.size() && path.at(folder.size()) == u'/';
    });
}

} // namespace

struct LibraryScanner::Run {
    Options options;
    QStringList directories; // empty: the whole library
    std::atomic_bool cancelled = false;
    bool delivered = false; // articles went out: a second attempt cannot call anything new
};

// One run on the driver thread. Every step returns false on an index error, after which the
// run starts over once on a rebuilt index.
class ScanJob
{
public:
    using Post = std::function<void(std::function<void()>)>;

    ScanJob(LibraryScanner *scanner, const std::shared_ptr<LibraryScanner::Run> &run, IndexDatabase &database,
            Post post)
        : m_scanner(scanner)
        , m_run(run)
        , m_store(database)
        , m_post(std::move(post))
    { }

    QString error() const { return m_store.lastError(); }

    bool useSettings()
    {
        return m_store.useSettings(QString::fromLatin1(m_run->options.dates.assumedZone().id()),
                                   m_run->options.dictionaryFingerprint);
    }
    bool load();
    bool deliverLoaded(QList<Article> &&articles);
    void noteLoaded(const QList<Article> &articles);
    bool synchronize();
    bool indexText();
    void updateSnapshot() { m_store.updateSnapshot(); }

private:
    bool cancelled() const { return m_run->cancelled; }
    bool storePending();

    LibraryScanner *m_scanner;
    std::shared_ptr<LibraryScanner::Run> m_run;
    IndexStore m_store;
    Post m_post;
    StringPool m_pool; // shares the category and source strings of every article read
    // What load() listed, by path, sharing the listed articles' path strings: the files to
    // compare with the disk need not be read from the index and held a second time.
    QHash<QString, IndexedFile> m_loaded;
    bool m_haveLoaded = false;
    // This attempt loaded the index before anything else was delivered: files it did not hold
    // are new to the caller's list (LibraryScanner::articlesFound).
    bool m_freshList = false;
    // Delivered, not stored yet: a batch's articles, shared with the list the window was handed
    // (none is copied while listing), their problems, and the files that are no articles.
    struct Delivered {
        QList<Article> articles;
        QList<std::pair<qsizetype, QList<Problem>>> problems; // by index in `articles`, if any
        QList<ScannedFile> unreadable;
    };
    QList<Delivered> m_pending;
};

bool ScanJob::load()
{
    QElapsedTimer timer;
    timer.start();
    const auto logged =
        qScopeGuard([&timer] { qCInfo(lcScanner) << "index read in" << timer.elapsed() << "ms"; });
    m_freshList = !m_run->delivered;
    if (std::optional<QList<Article>> snapshot = m_store.snapshotArticles())
        return deliverLoaded(std::move(*snapshot));
    const std::optional<int> count = m_store.articleCount();
    if (!count)
        return false;
    m_post([scanner = m_scanner, count = *count] { Q_EMIT scanner->articlesExpected(count); });
    m_loaded.reserve(*count);
    m_haveLoaded = true;
    const bool read =
        m_store.articles(loadBatch, [this](QList<Article> &&articles, QList<Problem> &&problems) {
            noteLoaded(articles);
            m_run->delivered = true;
            m_post([scanner = m_scanner, articles = std::move(articles), problems = std::move(problems)] {
                if (!articles.isEmpty())
                    Q_EMIT scanner->articlesLoaded(articles);
                if (!problems.isEmpty())
                    Q_EMIT scanner->problemsFound({}, problems);
            });
            return !cancelled();
        });
    if (read && !cancelled())
        m_post([scanner = m_scanner] { Q_EMIT scanner->loaded(); });
    return read;
}

bool ScanJob::deliverLoaded(QList<Article> &&articles)
{
    QList<Problem> problems;
    if (!m_store.problems(problems))
        return false;
    m_haveLoaded = true;
    m_run->delivered = true;
    // All at once: the list takes them over as they are (ArticleListModel::fill()). The files
    // to compare are noted while the window fills its list.
    m_post([scanner = m_scanner, articles, problems = std::move(problems)] {
        if (!articles.isEmpty())
            Q_EMIT scanner->articlesLoaded(articles);
        if (!problems.isEmpty())
            Q_EMIT scanner->problemsFound({}, problems);
        Q_EMIT scanner->loaded();
    });
    m_loaded.reserve(articles.size());
    noteLoaded(articles);
    return true;
}

void ScanJob::noteLoaded(const QList<Article> &articles)
{
    for (const Article &article : articles)
        m_loaded.insert(article.path,
                        {article.indexId, article.fileSize, article.fileModified.toMSecsSinceEpoch()});
}

bool ScanJob::storePending()
{
    // In transactions of a few thousand rows: one per file would be slow, one for 100,000 would
    // hold a large journal.
    constexpr qsizetype transaction = 4096;
    const QList<Delivered> pending = std::exchange(m_pending, {});
    QList<ScannedFile> part;
    const auto add = [&](ScannedFile &&file) {
        part.append(std::move(file));
        if (part.size() < transaction)
            return true;
        const bool stored = m_store.store(part);
        part.clear();
        return stored;
    };
    for (const Delivered &delivered : pending) {
        auto problems = delivered.problems.cbegin();
        for (qsizetype i = 0; i < delivered.articles.size(); ++i) {
            ScannedFile file {delivered.articles.at(i), true, {}};
            if (problems != delivered.problems.cend() && problems->first == i)
                file.problems = (problems++)->second;
            if (!add(std::move(file)))
                return false;
        }
        for (const ScannedFile &file : delivered.unreadable) {
            if (!add(ScannedFile(file)))
                return false;
        }
    }
    return m_store.store(part);
}

bool ScanJob::synchronize()
{
    const LibraryScanner::Run &run = *m_run;
    const bool whole = run.directories.isEmpty();
    QStringList scope = run.options.folders;
    if (!whole) {
        // A folder that was deleted is not a problem to report: its files are simply gone.
        scope.clear();
        for (const QString &directory : run.directories) {
            if (QFileInfo(directory).isDir())
                scope.append(directory);
        }
    }
    QElapsedTimer timer;
    timer.start();
    QHash<QString, IndexedFile> known = std::exchange(m_loaded, {});
    if (!m_store.files(known, m_haveLoaded ? IndexStore::Files::Unreadable : IndexStore::Files::All))
        return false;
    // Compared as they are listed: only the files that changed are kept, and then the new ones.
    QList<ListedFile> toRead;
    QList<ListedFile> added;
    qsizetype listed = 0;
    // Nothing to compare with (a first open): every file is read, and asked for its size and
    // time then.
    const FileLister::Details details =
        known.isEmpty() ? FileLister::Details::NameOnly : FileLister::Details::SizeAndTime;
    const QList<Problem> listingProblems = FileLister::list(
        scope, run.cancelled,
        [&](ListedFile &&file) {
            ++listed;
            const auto found = known.constFind(file.path);
            if (found == known.cend()) {
                added.append(std::move(file));
            } else {
                if (found->size != file.size || found->modified != file.modified)
                    toRead.append(std::move(file));
                known.erase(found);
            }
        },
        details);
    const qsizetype firstAdded = toRead.size();
    if (toRead.isEmpty())
        toRead.swap(added);
    else
        toRead.append(std::move(added));
    added = {};
    qCInfo(lcScanner) << "listed" << listed << "files in" << timer.elapsed() << "ms";
    if (cancelled())
        return true;
    m_post([scanner = m_scanner, problems = listingProblems] {
        if (!problems.isEmpty())
            Q_EMIT scanner->problemsFound({}, problems);
    });
    // What is left was not found. In a refresh, only the refreshed folders were looked at.
    QStringList removed;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (whole || isInside(it.key(), run.directories) || run.directories.contains(it.key()))
            removed.append(it.key());
    }

    qCInfo(lcScanner) << toRead.size() << "files to read," << removed.size() << "gone; compared in"
                      << timer.elapsed() << "ms";
    std::optional<qint64> nextId = m_store.reserveIds(toRead.size());
    if (!nextId)
        return false;
    const int total = int(toRead.size());
    m_post([scanner = m_scanner, total] {
        Q_EMIT scanner->articlesExpected(total);
        Q_EMIT scanner->progressChanged(0, total);
    });

    const ArticleReader reader(run.options.dates);
    // In place: QtConcurrent::mapped() would keep a copy of every result in its result store
    // and copy it again into the list that results() returns.
    const auto readOne = [&reader](ScannedFile &scanned) {
        Article &listed = scanned.article;
        ArticleFile file = reader.readMetadata(listed.path, listed.fileModified, listed.fileSize);
        file.article.path = std::move(listed.path);
        // The index compares what the listing saw, even if the file changed since.
        if (listed.fileSize >= 0) {
            file.article.fileSize = listed.fileSize;
            file.article.fileModified = std::move(listed.fileModified);
        }
        file.article.extra.clear(); // not kept in lists (see Article::extra), nor in the index
        scanned = {std::move(file.article), file.ok, std::move(file.problems)};
    };
    // The changed files in batches of their own, then the added ones: a batch of added files
    // only is new to the list.
    QList<std::pair<qsizetype, qsizetype>> batches; // first, count
    for (qsizetype first = 0; first < toRead.size();) {
        const qsizetype end = first < firstAdded ? firstAdded : toRead.size();
        const qsizetype count = qMin(readBatch, end - first);
        batches.append({first, count});
        first += count;
    }
    const auto listedBatch = [&toRead](qsizetype first, qsizetype count) {
        QList<ScannedFile> batch;
        batch.resize(count);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const ListedFile &listed = toRead.at(first + i);
            Article &article = batch[i].article;
            article.path = listed.path;
            article.fileSize = listed.size;
            if (listed.modified >= 0)
                article.fileModified = QDateTime::fromMSecsSinceEpoch(listed.modified, Qt::UTC);
        }
        return batch;
    };
    // Two batches are read on the pool while the one before them is delivered here: with one,
    // the pool would wait whenever delivering took longer than reading.
    constexpr int inFlight = 2;
    std::array<QList<ScannedFile>, inFlight> reading;
    std::array<QFuture<void>, inFlight> read;
    qsizetype nextBatch = 0;
    const auto startReading = [&](int slot) {
        reading[slot] = nextBatch < batches.size()
            ? listedBatch(batches.at(nextBatch).first, batches.at(nextBatch).second)
            : QList<ScannedFile>();
        read[slot] = QtConcurrent::map(reading[slot], readOne);
        ++nextBatch;
    };
    const auto stopReading = [&read] {
        for (QFuture<void> &future : read) {
            future.cancel();
            future.waitForFinished();
        }
    };
    // Every way out waits for the pool: it writes into `reading`.
    const auto stoppedReading = qScopeGuard(stopReading);
    for (int slot = 0; slot < inFlight; ++slot)
        startReading(slot);
    int slot = 0;
    qsizetype delivered = 0;
    for (const auto &[first, count] : std::as_const(batches)) {
        if (cancelled())
            break;
        read[slot].waitForFinished();
        QList<ScannedFile> batch = std::exchange(reading[slot], {});
        startReading(slot);
        slot = (slot + 1) % inFlight;
        QList<Article> articles;
        QStringList paths;
        QList<Problem> problems;
        for (ScannedFile &file : batch) {
            file.article.indexId = (*nextId)++;
            file.article.categories = m_pool.intern(file.article.categories);
            file.article.author = m_pool.intern(file.article.author);
            paths.append(file.article.path);
            problems.append(file.problems);
        }
        if (!m_store.applyReadingState(batch))
            return false;
        QStringList unreadable;
        Delivered pending;
        articles.reserve(batch.size());
        for (ScannedFile &file : batch) {
            if (file.ok) {
                if (!file.problems.isEmpty())
                    pending.problems.append({articles.size(), std::move(file.problems)});
                articles.append(std::move(file.article));
            } else {
                unreadable.append(file.article.path); // perhaps a listed article that broke
                pending.unreadable.append(std::move(file));
            }
        }
        batch = {};
        delivered += count;
        const int done = int(delivered);
        const bool newToTheList = m_freshList && first >= firstAdded;
        m_run->delivered = m_run->delivered || !articles.isEmpty();
        m_post([scanner = m_scanner, articles, paths = std::move(paths), problems = std::move(problems),
                unreadable = std::move(unreadable), done, total, newToTheList] {
            if (!unreadable.isEmpty())
                Q_EMIT scanner->articlesRemoved(unreadable);
            if (!articles.isEmpty())
                Q_EMIT scanner->articlesFound(articles, newToTheList);
            Q_EMIT scanner->problemsFound(paths, problems);
            Q_EMIT scanner->progressChanged(done, total);
        });
        // Stored once everything is listed: the list comes first, and the index's writes
        // would only compete with the reading for the cores.
        pending.articles = std::move(articles);
        m_pending.append(std::move(pending));
    }
    stopReading();
    if (!cancelled()) {
        m_post([scanner = m_scanner, removed] {
            if (!removed.isEmpty())
                Q_EMIT scanner->articlesRemoved(removed);
            Q_EMIT scanner->listed();
        });
    }
    // What was read is kept even when cancelled: the next open need not read it again.
    if (!storePending())
        return false;
    return cancelled() || m_store.remove(removed);
}

bool ScanJob::indexText()
{
    if (!m_store.compactIfNeeded())
        return false;
    const std::optional<QList<PendingText>> pending = m_store.unindexed();
    if (!pending)
        return false;
    const int total = int(pending->size());
    if (total == 0)
        return true;
    qCInfo(lcScanner) << "indexing the full text of" << total << "articles";
    m_post([scanner = m_scanner, total] { Q_EMIT scanner->indexProgress(0, total); });

    const ArticleReader reader(m_run->options.dates);
    const MentionExtractor &extractor = m_run->options.mentions;
    const auto readOne = [&reader, &extractor](const PendingText &entry) {
        const ArticleFile file = reader.read(entry.path);
        // The index is told about every article even when its file went away since: its
        // row is removed by the next synchronization, and the text left is empty.
        const QString body = file.ok ? PlainText::fromHtml(file.body) : QString();
        // Only the mentions are wanted of an article whose text is indexed already.
        IndexedText text;
        if (!entry.textIndexed)
            text = IndexedText::of(entry.id, file.article.title + u'\n' + body);
        text.id = entry.id;
        text.textIndexed = entry.textIndexed;
        if (file.ok) {
            for (const Mention &mention : extractor.extract(file.body, body))
                text.mentions.append(mention.name);
        }
        return text;
    };
    QFuture<IndexedText> reading;
    const auto startReading = [&](qsizetype first) {
        reading = first < pending->size() ? QtConcurrent::mapped(pending->mid(first, textBatch), readOne)
                                          : QFuture<IndexedText>();
    };
    startReading(0);
    for (qsizetype first = 0; first < pending->size() && !cancelled(); first += textBatch) {
        QList<IndexedText> batch = reading.results();
        startReading(first + textBatch);
        if (!m_store.storeTexts(batch)) {
            reading.cancel();
            reading.waitForFinished();
            return false;
        }
        QList<QPair<QString, NameList>> mentions;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (!batch.at(i).mentions.isEmpty())
                mentions.append({pending->at(first + i).path, NameList(batch.at(i).mentions)});
        }
        const int done = int(qMin(first + textBatch, pending->size()));
        qCInfo(lcScanner) << "indexed" << done << "of" << total;
        m_post([scanner = m_scanner, mentions = std::move(mentions), done, total] {
            if (!mentions.isEmpty())
                Q_EMIT scanner->mentionsFound(mentions);
            Q_EMIT scanner->indexProgress(done, total);
        });
    }
    reading.cancel();
    reading.waitForFinished();
    return true;
}

LibraryScanner::LibraryScanner(QObject *parent)
    : QObject(parent)
{
    // The driver lists files and writes the index, handing the reading to the global pool:
    // a pool of its own leaves every core of the global pool to the real work.
    m_driverPool.setMaxThreadCount(1);
    connect(this, &LibraryScanner::listed, this, [this] { m_listed = true; });
}

LibraryScanner::~LibraryScanner()
{
    cancel();
    m_future.waitForFinished();
}

bool LibraryScanner::isRunning() const
{
    return m_run != nullptr;
}

void LibraryScanner::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

void LibraryScanner::waitForListed()
{
    // Results arrive as queued calls on this thread: keep delivering them.
    while (m_run && !m_listed) {
        QCoreApplication::sendPostedEvents(this);
        if (m_run && !m_listed)
            QThread::msleep(2);
    }
}

void LibraryScanner::waitForFinished()
{
    while (m_run) {
        m_future.waitForFinished();
        QCoreApplication::sendPostedEvents(this);
    }
}

void LibraryScanner::start(const Options &options)
{
    begin(options, {});
}

void LibraryScanner::refresh(const Options &options, const QStringList &directories)
{
    begin(options, directories);
}

void LibraryScanner::begin(const Options &options, const QStringList &directories)
{
    if (m_run) {
        // Stop the old run before its results can mix with the new one's; its queued
        // deliveries are dropped because they no longer belong to m_run.
        m_run->cancelled = true;
        m_future.waitForFinished();
        finish(m_run);
    }
    auto run = std::make_shared<Run>();
    run->options = options;
    run->directories = directories;
    m_run = run;
    m_listed = false;
    qCInfo(lcScanner) << (directories.isEmpty() ? "scanning" : "refreshing")
                      << (directories.isEmpty() ? options.folders : directories);
    m_future = QtConcurrent::run(&m_driverPool, [this, run] { execute(run); });
}

void LibraryScanner::execute(const std::shared_ptr<Run> &run)
{
    QElapsedTimer timer;
    timer.start();
    const auto post = [this, run](std::function<void()> call) {
        this->post(run, std::move(call));
    };
    auto database = std::make_unique<IndexDatabase>(run->options.indexPath, run->options.statePath);
    const auto report = [this, &post](const QString &path, const QString &message) {
        post([this, path, message] {
            Q_EMIT problemsFound({}, {{path, 0, message, Problem::Severity::Warning}});
        });
    };
    if (!database->isOpen()) {
        // No index (an unwritable cache, a full disk): the library still opens, from memory.
        report(run->options.indexPath,
               QCoreApplication::translate("Broadsheet::Core::LibraryScanner",
                                           "The library index cannot be opened (%1); it is kept in memory "
                                           "until Broadsheet closes.")
                   .arg(database->error()));
        // Nor the reading state, perhaps: the memory index keeps its own.
        database = std::make_unique<IndexDatabase>(QString(), QString());
    }
    bool whole = run->directories.isEmpty();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!database->recovery().isEmpty())
            report(database->path(), database->recovery());
        ScanJob job(this, run, *database, post);
        const bool done = job.useSettings() && (!whole || job.load()) && job.synchronize()
            && (!run->options.fullText || run->cancelled || job.indexText());
        if (done && !run->cancelled)
            job.updateSnapshot();
        if (done || run->cancelled)
            break;
        if (!database->isDamaged()) {
            // Busy for too long (another Broadsheet writing), a full disk: the list shown is
            // right, the index is behind; the next open catches up.
            report(database->path(),
                   QCoreApplication::translate("Broadsheet::Core::LibraryScanner",
                                               "The library index could not be updated: %1")
                       .arg(job.error()));
            break;
        }
        // The file itself is damaged: start again on a new one, listing every article.
        qCWarning(lcScanner) << "index damaged, rebuilding:" << job.error();
        if (!database->rebuild(job.error()))
            break;
        run->directories.clear();
        whole = true;
    }
    qCInfo(lcScanner) << "run done in" << timer.elapsed() << "ms" << (run->cancelled ? "(cancelled)" : "");
    QMetaObject::invokeMethod(
        this, [this, run] { finish(run); }, Qt::QueuedConnection);
}

void LibraryScanner::post(const std::shared_ptr<Run> &run, std::function<void()> call)
{
    // Called on the driver thread; the signals go out on this object's thread, and only while
    // the run is still the current one.
    QMetaObject::invokeMethod(
        this,
        [this, run, call = std::move(call)] {
            if (run == m_run)
                call();
        },
        Qt::QueuedConnection);
}

void LibraryScanner::finish(std::shared_ptr<Run> run)
{
    if (run != m_run)
        return;
    m_run.reset();
    m_listed = true;
    Q_EMIT finished(run->cancelled);
}

} // namespace Broadsheet::Core
