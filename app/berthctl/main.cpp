#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("berthctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    berth::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
