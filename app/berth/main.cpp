// berth [--config-dir DIR] [REGISTRY...]: the desktop application.
#include "core/allocator.h"
#include "core/logfile.h"
#include "core/translations.h"
#include "ui/mainwindow.h"
#include "ui/registrytreemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QStandardPaths>

namespace {

void dumpTreeAndQuit(berth::RegistryTreeModel *model, const QString &path)
{
    using berth::RegistryTreeModel;
    auto write = [model, path] {
        QStringList names;
        QList<QModelIndex> stack{QModelIndex()};
        while (!stack.isEmpty()) {
            const QModelIndex parent = stack.takeLast();
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex idx = model->index(r, 0, parent);
                const auto kind = berth::TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
                if (kind == berth::TreeNode::Kind::Repository)
                    names << idx.data(RegistryTreeModel::ReferenceRole).toString();
                else if (kind == berth::TreeNode::Kind::Registry || kind == berth::TreeNode::Kind::Folder)
                    stack << idx;
            }
        }
        names.sort();
        QFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                        && file.write((names.join(u'\n') + u'\n').toUtf8()) > 0;
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QObject::connect(model, &RegistryTreeModel::catalogLoadingChanged, model, [write](bool loading) {
        if (!loading)
            write();
    });
    model->loadCatalogs();
    if (!model->isLoadingCatalogs())
        QMetaObject::invokeMethod(model, write, Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    berth::tuneAllocatorForStreaming();
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
    // Test hook for the smoke test: BERTH_SMOKE_DUMP=FILE lists every registry's catalog, writes the
    // repository names in the tree to FILE (one a line) and quits.
    const QString dump = qEnvironmentVariable("BERTH_SMOKE_DUMP");
    if (!dump.isEmpty())
        dumpTreeAndQuit(window.treeModel(), dump);
    return app.exec();
}
