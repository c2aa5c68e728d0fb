// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "broadsheet_version.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#ifdef BROADSHEET_WITH_UI
#include "core/library.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "ui/rendering.h"
#include "ui/urlscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Broadsheet;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Broadsheet"_s);
    QCoreApplication::setApplicationName(u"broadsheet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
}

// The UI follows the system language; Qt's own dialogs too.
void installTranslators(QCoreApplication &app)
{
    for (const auto &[name, folder] :
         {std::pair {u"broadsheet"_s, u":/i18n"_s},
          std::pair {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)}}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QLocale(), name, u"_"_s, folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

[[maybe_unused]] QString sampleLibrary() // the window's Help › Open Sample Library
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral(BROADSHEET_INSTALLED_SAMPLE_LIBRARY));
    if (QDir(installed).exists())
        return QDir::cleanPath(installed);
    return QStringLiteral(BROADSHEET_SOURCE_SAMPLE_LIBRARY);
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

#ifdef BROADSHEET_WITH_UI
// Chromium's sandbox refuses to start as root (containers, CI, fresh machines): without this,
// WebEngine aborts instead of showing anything.
void allowWebEngineAsRoot()
{
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

// `export` prints with WebEngine, which needs a QApplication and a platform but no display.
void prepareHeadlessWebEngine()
{
    Ui::registerUrlScheme();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    allowWebEngineAsRoot();
    Ui::Rendering::apply();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // WebEngine's start-up report (GL type, Chromium flags) is noise in a command's output.
    QLoggingCategory::setFilterRules(u"broadsheet.*.debug=false\nbroadsheet.*.info=false\n"
                                     u"qt.webenginecontext.info=false"_s);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // Our own progress notes are for developers: QT_LOGGING_RULES=broadsheet.*=true shows them.
    QLoggingCategory::setFilterRules(u"broadsheet.*.debug=false\nbroadsheet.*.info=false"_s);
    describeApplication();
#ifdef BROADSHEET_WITH_UI
    if (App::CommandLine::isExport(argumentsOf(argc, argv))) {
        prepareHeadlessWebEngine();
        QApplication app(argc, argv);
        installTranslators(app);
        return App::CommandLine::run(QCoreApplication::arguments());
    }
#endif
    if (App::CommandLine::isCommand(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        return App::CommandLine::run(QCoreApplication::arguments());
    }

#ifdef BROADSHEET_WITH_UI
    Ui::registerUrlScheme();
    allowWebEngineAsRoot();
    Ui::Rendering::apply();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine asks for it
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(u"Broadsheet"_s);
    QGuiApplication::setDesktopFileName(u"io.github.broadsheetreader.Broadsheet"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"io.github.broadsheetreader.Broadsheet"_s,
                         QIcon(u":/icons/hicolor/256x256/apps/io.github.broadsheetreader.Broadsheet.png"_s)));
    installTranslators(app);

    QCommandLineParser parser;
    App::CommandLine::addWindowOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << u'\n';
        return App::CommandLine::UsageError;
    }
    const std::optional<Core::DateParser> dates = Core::Settings::dateParser(parser.value(u"assume-zone"_s));
    if (!dates) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Unknown time zone: %1")
                                   .arg(parser.value(u"assume-zone"_s))
                            << u'\n';
        return App::CommandLine::UsageError;
    }

    Core::Library library;
    library.setDateParser(*dates);
    Ui::MainWindow window(&library, sampleLibrary());
    window.readerView()->setDateParser(*dates);
    window.show();
    window.openInitialLibrary(parser.positionalArguments());
    return QApplication::exec();
#else
    QTextStream(stderr) << QCoreApplication::translate("main",
                                                       "This build of Broadsheet has no window; "
                                                       "see `broadsheet --help` for its commands.")
                        << u'\n';
    return App::CommandLine::UsageError;
#endif
}
