// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library.h"
#include "ui/pdfexporter.h"
#include "ui/urlscheme.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Broadsheet;

namespace {

// The text of a PDF as poppler extracts it (poppler-utils), one string per page.
QStringList pdfPages(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT

private:
    QList<Core::Article> m_articles; // the sample library, oldest first
    QStringList m_paths;
    QTemporaryDir m_out;

    bool run(Ui::PdfExporter::Mode mode, const QString &destination, QString *error = nullptr)
    {
        Ui::PdfExporter exporter;
        QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
        Ui::PdfExporter::Options options;
        options.mode = mode;
        options.destination = destination;
        options.cache = Core::ImageCache(m_out.filePath(u"no-cache"_s));
        exporter.start(m_paths, options);
        if (finished.isEmpty() && !finished.wait(120000))
            return false;
        if (error)
            *error = finished.constFirst().at(1).toString();
        return finished.constFirst().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString sample = QFINDTESTDATA("../../resources/sample-library");
        QVERIFY(!sample.isEmpty());
        Core::Library library;
        library.open({sample});
        library.waitForScan();
        m_articles = library.articles()->articles();
        std::stable_sort(m_articles.begin(), m_articles.end(),
                         [](const Core::Article &a, const Core::Article &b) { return a.date < b.date; });
        for (const Core::Article &article : std::as_const(m_articles))
            m_paths << article.path;
        QCOMPARE(m_paths.size(), 19);
    }

    void combined_contentsThenEveryArticleInOrder()
    {
        const QString pdf = m_out.filePath(u"all.pdf"_s);
        QString error;
        QVERIFY2(run(Ui::PdfExporter::Mode::Combined, pdf, &error), qPrintable(error));
        QVERIFY(!QFile::exists(pdf + u".part"_s));
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(pages.size() > m_articles.size(), qPrintable(QString::number(pages.size())));
        const QString text = squeezed(pages.join(u'\n'));
        // The contents page lists the titles; then each article's title follows, in order.
        const QString contents = squeezed(pages.constFirst());
        QVERIFY(contents.contains(squeezed(m_articles.constFirst().title).left(8)));
        qsizetype position = squeezed(pages.constFirst()).size();
        for (const Core::Article &article : std::as_const(m_articles)) {
            const QString title = squeezed(article.title).left(12);
            const qsizetype found = text.indexOf(title, position);
            QVERIFY2(found >= 0, qPrintable(article.title));
            position = found + title.size();
        }
        QVERIFY(text.contains(u"河南省委书记楼阳生"_s)); // Chinese text, extracted correctly
    }

    void perArticle_oneFileEachWithDateAndTitle()
    {
        const QString folder = m_out.filePath(u"each"_s);
        QString error;
        QVERIFY2(run(Ui::PdfExporter::Mode::PerArticle, folder, &error), qPrintable(error));
        const QStringList files =
            QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(files.size(), 19);
        for (const Core::Article &article : std::as_const(m_articles)) {
            const QString prefix = article.date.toLocalTime().toString(u"yyyy-MM-dd "_s);
            const bool found = std::any_of(files.cbegin(), files.cend(), [&](const QString &name) {
                return name.startsWith(prefix) && name.endsWith(u".pdf"_s)
                    && name.contains(article.title.left(4));
            });
            QVERIFY2(found, qPrintable(article.title));
        }
        QVERIFY(!pdfPages(QDir(folder).filePath(files.constFirst())).isEmpty());
    }

    void cancel_leavesNothingAtTheDestination()
    {
        const QString pdf = m_out.filePath(u"cancelled.pdf"_s);
        const QString folder = m_out.filePath(u"cancelled-each"_s);
        for (const auto &[mode, destination] : {std::pair {Ui::PdfExporter::Mode::Combined, pdf},
                                                std::pair {Ui::PdfExporter::Mode::PerArticle, folder}}) {
            Ui::PdfExporter exporter;
            QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
            QSignalSpy progress(&exporter, &Ui::PdfExporter::progress);
            Ui::PdfExporter::Options options;
            options.mode = mode;
            options.destination = destination;
            exporter.start(m_paths, options);
            QVERIFY(progress.wait(60000));
            if (mode == Ui::PdfExporter::Mode::PerArticle)
                QVERIFY(QTest::qWaitFor([&] { return progress.size() >= 2; }, 60000));
            exporter.cancel();
            QVERIFY(finished.size() == 1 || finished.wait(60000));
            QCOMPARE(finished.constFirst().at(0).toBool(), false);
            QTest::qWait(500); // Chromium may still be writing a file it was asked for
            QVERIFY(!QFile::exists(pdf));
            QVERIFY(!QFile::exists(pdf + u".part"_s));
            QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        }
    }

    void cachedHeadImage_isCopiedIntoHtmlAndPrintedIntoPdf()
    {
        const auto article = std::find_if(m_articles.cbegin(), m_articles.cend(), [](const Core::Article &a) {
            return a.headImage.contains(u"stcn-tier2"_s);
        });
        QVERIFY(article != m_articles.cend());
        // A wide image, much wider than the page: it must be scaled into it.
        const QString cacheDir = m_out.filePath(u"cache"_s);
        const QString key = Core::ImageCache::keyFor(Core::ImageCache::normalized(article->headImage));
        QVERIFY(QDir().mkpath(cacheDir + u'/' + key.left(2)));
        QImage image(3000, 600, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(cacheDir + u'/' + key.left(2) + u'/' + key, "PNG"));

        for (const Ui::PdfExporter::Mode mode :
             {Ui::PdfExporter::Mode::Html, Ui::PdfExporter::Mode::Combined}) {
            const QString destination =
                m_out.filePath(mode == Ui::PdfExporter::Mode::Html ? u"with-image"_s : u"with-image.pdf"_s);
            Ui::PdfExporter exporter;
            QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
            Ui::PdfExporter::Options options;
            options.mode = mode;
            options.destination = destination;
            options.cache = Core::ImageCache(cacheDir);
            exporter.start({article->path}, options);
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.constFirst().at(0).toBool(),
                     qPrintable(finished.constFirst().at(1).toString()));
            if (mode == Ui::PdfExporter::Mode::Html) {
                const QString copied = u"images/"_s + key + u".png"_s;
                QVERIFY(QFileInfo::exists(QDir(destination).filePath(copied)));
                const QStringList pages = QDir(destination).entryList({u"20*.html"_s});
                QCOMPARE(pages.size(), 1);
                QFile page(QDir(destination).filePath(pages.constFirst()));
                QVERIFY(page.open(QIODevice::ReadOnly));
                QVERIFY(QString::fromUtf8(page.readAll()).contains(u"src=\""_s + copied + u'"'));
            } else {
                QProcess images;
                images.start(u"pdfimages"_s, {u"-list"_s, destination});
                QVERIFY(images.waitForFinished(60000));
                // Two header lines, then one line per image: the head image is there.
                QCOMPARE(QString::fromUtf8(images.readAllStandardOutput()).trimmed().split(u'\n').size(), 3);
            }
        }
    }

    void html_folderWithIndexPagesAndNoRemoteResources()
    {
        const QString folder = m_out.filePath(u"html"_s);
        QString error;
        QVERIFY2(run(Ui::PdfExporter::Mode::Html, folder, &error), qPrintable(error));
        const QDir dir(folder);
        QVERIFY(dir.exists(u"index.html"_s));
        QVERIFY(dir.exists(u"style.css"_s));
        QCOMPARE(dir.entryList({u"*.html"_s}, QDir::Files).size(), 19 + 1);
        QFile index(dir.filePath(u"index.html"_s));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString indexText = QString::fromUtf8(index.readAll());
        QVERIFY(indexText.contains(m_articles.constFirst().title.toHtmlEscaped()));
        const QRegularExpression remote(
            u"(src|srcset)=\"[^\"]*(https?:)?//|<link[^>]+href=\"(https?:)?//|url\\(\\s*['\"]?(https?:)?//"_s);
        QDirIterator it(folder, {u"*.html"_s, u"*.css"_s}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!text.contains(remote), qPrintable(file.fileName()));
        }
        QVERIFY(!QFileInfo::exists(folder + u".part"_s));
        // A second export to the same folder refuses instead of mixing two exports.
        QVERIFY(!run(Ui::PdfExporter::Mode::Html, folder, &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    Ui::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPdfExporter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfexporter.moc"
