// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `broadsheet export --pdf OUT.pdf [--html OUTDIR] [filters] FOLDER…`: the articles `list` would
// print, oldest first (a document reads forward in time), into a PDF and/or an HTML folder.
// Runs without a display: main.cpp gives it a QApplication on the offscreen platform.
#include "app/articleselection.h"
#include "app/commandline.h"
#include "core/library.h"
#include "core/settings.h"
#include "ui/pdfexporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

namespace {

// Runs one export to its end; returns the error, empty on success.
QString runExport(const QStringList &paths, const Ui::PdfExporter::Options &options, QStringList *written)
{
    Ui::PdfExporter exporter;
    QEventLoop loop;
    QString error;
    bool ok = false;
    QObject::connect(&exporter, &Ui::PdfExporter::finished, &loop, [&](bool success, const QString &message) {
        ok = success;
        error = message;
        loop.quit();
    });
    exporter.start(paths, options);
    if (exporter.isRunning())
        loop.exec();
    *written = exporter.writtenFiles();
    return ok ? QString() : error;
}

} // namespace

int CommandLine::exportArticles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the articles found in the folders to PDF or HTML, oldest first (a document reads "
           "in date order). The filters are those of the window; without one, every article is "
           "exported. Needs no display."));
    parser.addHelpOption();
    parser.addOption(
        {u"pdf"_s, tr("Write one PDF (a contents page, then each article on new pages)."), tr("FILE")});
    parser.addOption({u"per-article"_s,
                      tr("With --pdf: FILE is a folder that gets one PDF per article, named "
                         "“YYYY-MM-DD title.pdf”.")});
    parser.addOption({u"html"_s,
                      tr("Write a self-contained HTML folder (index.html, one page per article, "
                         "the cached images). The folder must not exist yet, or be empty."),
                      tr("FOLDER")});
    ArticleSelection::addOptions(parser, ArticleSelection::All);
    parser.addOption({u"page-size"_s, tr("A4 (the default) or Letter."), tr("SIZE"), u"A4"_s});
    parser.addOption({u"landscape"_s, tr("Print in landscape orientation.")});
    parser.addOption(
        {u"mentions"_s, tr("PDF: list under each article the banks and companies it mentions.")});
    parser.addOption({u"assume-zone"_s, tr("Read dates written without a time zone in ZONE."), tr("ZONE")});
    parser.addPositionalArgument(u"export"_s, tr("The command."));
    parser.addPositionalArgument(tr("folders"), tr("Folders of articles."), tr("FOLDER…"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList folders = parser.positionalArguments().mid(1);
    if (folders.isEmpty())
        return usage(tr("export: name at least one folder."));
    if (!parser.isSet(u"pdf"_s) && !parser.isSet(u"html"_s))
        return usage(tr("export: say where to with --pdf FILE or --html FOLDER."));
    if (parser.isSet(u"per-article"_s) && !parser.isSet(u"pdf"_s))
        return usage(tr("export: --per-article goes with --pdf FOLDER."));
    const std::optional<Core::DateParser> dates = Core::Settings::dateParser(parser.value(u"assume-zone"_s));
    if (!dates)
        return usage(tr("Unknown time zone: %1").arg(parser.value(u"assume-zone"_s)));

    const QString pageSizeName = parser.value(u"page-size"_s).toLower();
    if (pageSizeName != u"a4"_s && pageSizeName != u"letter"_s)
        return usage(tr("export: --page-size is A4 or Letter, not “%1”.").arg(parser.value(u"page-size"_s)));

    ArticleSelection selection;
    if (const QString error = selection.read(parser); !error.isEmpty())
        return usage(error);

    Core::Library library;
    library.setDateParser(*dates);
    library.open(folders);
    // The mentions (--mention, --mentions) and --search need the full text indexed.
    if (selection.needsFullText() || parser.isSet(u"mentions"_s))
        library.waitForIndex();
    else
        library.waitForScan();

    QList<Core::Article> articles;
    if (QString error; !selection.select(library, articles, &error)) {
        QTextStream(stderr) << tr("The library index cannot be searched: %1").arg(error) << u'\n';
        return FilesHadProblems;
    }
    std::stable_sort(articles.begin(), articles.end(), [](const Core::Article &a, const Core::Article &b) {
        return a.date != b.date ? a.date < b.date : a.path < b.path;
    });
    const QList<Core::Problem> &problems = library.problems()->problems();
    printProblems(problems);
    if (articles.isEmpty()) {
        QTextStream(stderr) << tr("export: no article matches; nothing written.") << u'\n';
        return FilesHadProblems;
    }
    QStringList paths;
    for (const Core::Article &article : std::as_const(articles))
        paths << article.path;

    Ui::PdfExporter::Options options;
    options.dates = *dates;
    options.includeMentions = parser.isSet(u"mentions"_s);
    options.libraryFolders = library.folders();
    options.mentions = library.mentionExtractor();
    options.layout = Ui::PdfExporter::pageLayout(
        pageSizeName == u"letter"_s ? QPageSize::Letter : QPageSize::A4,
        parser.isSet(u"landscape"_s) ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15));

    QList<std::pair<Ui::PdfExporter::Mode, QString>> jobs;
    if (parser.isSet(u"pdf"_s))
        jobs.append({parser.isSet(u"per-article"_s) ? Ui::PdfExporter::Mode::PerArticle
                                                    : Ui::PdfExporter::Mode::Combined,
                     parser.value(u"pdf"_s)});
    if (parser.isSet(u"html"_s))
        jobs.append({Ui::PdfExporter::Mode::Html, parser.value(u"html"_s)});

    QTextStream out(stdout);
    for (const auto &[mode, destination] : std::as_const(jobs)) {
        options.mode = mode;
        options.destination = destination;
        QStringList written;
        const QString error = runExport(paths, options, &written);
        if (!error.isEmpty()) {
            QTextStream(stderr) << tr("export: %1").arg(error) << u'\n';
            return FilesHadProblems;
        }
        if (mode == Ui::PdfExporter::Mode::PerArticle)
            out << tr("Exported %n article(s) to %1", nullptr, int(paths.size()))
                       .arg(QDir::toNativeSeparators(QFileInfo(destination).absoluteFilePath()))
                << u'\n';
        else
            out << tr("Exported %n article(s) to %1", nullptr, int(paths.size()))
                       .arg(QDir::toNativeSeparators(written.value(0)))
                << u'\n';
    }
    out.flush();
    return problems.isEmpty() ? Success : FilesHadProblems;
}

} // namespace Broadsheet::App
