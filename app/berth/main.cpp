// berth [--config-dir DIR] [REGISTRY...]: the desktop application.
#include "core/logfile.h"
#include "core/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Berth"));
    QApplication::setOrganizationName(QStringLiteral("Berth"));
    QApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.berth.Berth"));
    // The environment's language until the main window applies the one saved in its settings.
    berth::installTranslations(berth::systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client for container registries."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QApplication::translate("main", "Keep settings in DIR (default: "
                                                                       "$BERTH_CONFIG_DIR, then the user's config folder)."),
                                       QStringLiteral("DIR"));
    parser.addOption(configDir);
    parser.addPositionalArgument(QStringLiteral("registry"),
                                 QApplication::translate("main", "Registries (host[:port]) to open for this run."),
                                 QStringLiteral("[REGISTRY...]"));
    parser.process(app);

    // berth.log, rotated, in the user's data folder (~/.local/share/Berth/Berth on Linux).
    berth::installLogFile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

    berth::MainWindowOptions options;
    options.configDir = parser.value(configDir);
    options.registries = parser.positionalArguments();
    berth::MainWindow window(options);
    window.show();
    return app.exec();
}
