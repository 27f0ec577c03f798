#pragma once
// Pieces the Harbor administration dialogs share: a read-only table, a status line for errors,
// confirmations that do not block, and the current user's permissions for a scope.

#include "core/error.h"
#include "core/harboradmintypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QObject;
class QTableWidget;
class QWidget;

namespace berth {

class HarborAdmin;

class HarborAdminUi final
{
    Q_DECLARE_TR_FUNCTIONS(HarborAdminUi)
public:
    // Rows selected whole, one at a time, not editable, the last column stretched.
    static QTableWidget *table(QWidget *parent, const QString &objectName, const QStringList &headers);
    // A word-wrapped line for errors and results, hidden while empty.
    static QLabel *statusLine(QWidget *parent);
    static void setStatus(QLabel *status, const QString &text);
    // Asks without blocking (QMessageBox objectName harborAdminConfirm, its button
    // harborAdminConfirmButton); onYes runs only when confirmed.
    static void confirm(QWidget *parent, const QString &title, const QString &text, const QString &button,
                        std::function<void()> onYes);
    static QString dateTime(const QDateTime &t); // "—" when invalid
    // GET /users/current/permissions for scope; nullopt when Harbor does not say (an older Harbor,
    // or refused): the dialog then offers every action and Harbor's answer tells.
    static void permissions(HarborAdmin *admin, const QString &scope, QObject *context,
                            std::function<void(const std::optional<HarborPermissions> &)> callback);
    static bool allows(const std::optional<HarborPermissions> &p, const QString &resource, const QString &action)
    {
        return !p || p->can(resource, action);
    }
};

} // namespace berth
