#include "harboradminwidgets.h"

#include "jobwatch.h"

#include "core/harboradmin.h"
#include "core/harborclient.h" // HarborAdmin::client() needs the whole type

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace berth {

QTableWidget *HarborAdminUi::table(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QLabel *HarborAdminUi::statusLine(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(u"status"_s);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

void HarborAdminUi::setStatus(QLabel *status, const QString &text)
{
    status->setText(text);
    status->setVisible(!text.isEmpty());
}

void HarborAdminUi::confirm(QWidget *parent, const QString &title, const QString &text, const QString &button,
                            std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(u"harborAdminConfirm"_s);
    QPushButton *ok = box->addButton(button, QMessageBox::DestructiveRole);
    ok->setObjectName(u"harborAdminConfirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, ok, onYes] {
        if (box->clickedButton() == ok)
            onYes();
    });
    box->open();
}

QString HarborAdminUi::dateTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : u"—"_s;
}

void HarborAdminUi::permissions(HarborAdmin *admin, const QString &scope, QObject *context,
                                std::function<void(const std::optional<HarborPermissions> &)> callback)
{
    HarborRequest *r = admin->permissions(scope);
    whenFinished(r, context, [r, callback] {
        if (r->error()) {
            callback(std::nullopt);
            return;
        }
        callback(HarborPermissions::fromBody(r->body()));
    });
}

} // namespace berth
