#include "cli/cli.h"
#include "core/allocator.h"
#include "core/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    berth::tuneAllocatorForStreaming();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("berthctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    // Messages follow LANGUAGE / LC_ALL / LC_MESSAGES / LANG, as other command-line tools do.
    berth::installTranslations(berth::systemLanguage());
    berth::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
