#include "transfermodel.h"

#include "format.h"
#include "icons.h"
#include "transferrunner.h"

#include <QDir>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QString duration(qint64 seconds)
{
    if (seconds < 1)
        return TransferModel::tr("under 1 s");
    if (seconds < 60)
        return TransferModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return TransferModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return TransferModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}
} // namespace

TransferModel::TransferModel(TransferRunner *runner, QObject *parent) : QAbstractListModel(parent), m_runner(runner)
{
    connect(m_runner, &TransferRunner::started, this, [this](quint64 id) {
        const int r = rowOf(id);
        if (r < 0 || m_rows[size_t(r)].state != State::Queued)
            return;
        Row &row = m_rows[size_t(r)];
        row.state = State::Running;
        row.clock.start();
        changed(r);
    });
    connect(m_runner, &TransferRunner::progress, this,
            [this](quint64 id, qint64 done, qint64 total, double speed, int blobsDone, int blobsTotal) {
                const int r = rowOf(id);
                if (r < 0 || m_rows[size_t(r)].state != State::Running)
                    return;
                Row &row = m_rows[size_t(r)];
                row.done = done;
                row.total = total;
                row.speed = speed;
                row.blobsDone = blobsDone;
                row.blobsTotal = blobsTotal;
                changed(r);
            });
    connect(m_runner, &TransferRunner::finished, this,
            [this](quint64 id, int kind, const QString &message, const QString &digest) {
                const int r = rowOf(id);
                if (r < 0)
                    return;
                Row &row = m_rows[size_t(r)];
                const auto errorKind = ErrorKind(kind);
                row.state = errorKind == ErrorKind::None        ? State::Done
                            : errorKind == ErrorKind::Cancelled ? State::Cancelled
                                                                : State::Failed;
                row.error = Error::make(errorKind, message);
                row.digest = digest;
                row.elapsedMs = row.clock.isValid() ? row.clock.elapsed() : 0;
                row.speed = 0;
                changed(r);
                emit transferFinished(r);
                emit activeCountChanged(activeCount());
            });
}

TransferModel::~TransferModel() = default;

int TransferModel::start(const TransferRequest &request)
{
    const int r = int(m_rows.size());
    beginInsertRows({}, r, r);
    Row row;
    row.request = request;
    m_rows.push_back(std::move(row));
    endInsertRows();
    launch(m_rows.back());
    emit activeCountChanged(activeCount());
    return r;
}

void TransferModel::launch(Row &row)
{
    row.id = m_nextId++;
    row.state = State::Queued;
    row.done = row.total = 0;
    row.speed = 0;
    row.error = {};
    row.digest.clear();
    row.clock.invalidate();
    m_runner->start(row.id, row.request);
}

bool TransferModel::canCancel(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const State s = m_rows[size_t(row)].state;
    return s == State::Queued || s == State::Running;
}

void TransferModel::cancel(int row)
{
    if (canCancel(row))
        m_runner->cancel(m_rows[size_t(row)].id);
}

bool TransferModel::canRetry(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const State s = m_rows[size_t(row)].state;
    return s == State::Failed || s == State::Cancelled;
}

void TransferModel::retry(int row)
{
    if (!canRetry(row))
        return;
    launch(m_rows[size_t(row)]);
    changed(row);
    emit activeCountChanged(activeCount());
}

void TransferModel::cancelAll()
{
    for (int r = 0; r < rowCount(); ++r)
        cancel(r);
}

void TransferModel::clearFinished()
{
    for (int r = rowCount() - 1; r >= 0; --r) {
        if (canCancel(r))
            continue;
        beginRemoveRows({}, r, r);
        m_rows.erase(m_rows.begin() + r);
        endRemoveRows();
    }
}

int TransferModel::activeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return r.state == State::Queued || r.state == State::Running; }));
}

void TransferModel::retranslate()
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

int TransferModel::rowOf(quint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

void TransferModel::changed(int row)
{
    const QModelIndex idx = index(row);
    emit dataChanged(idx, idx);
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qint64 TransferModel::etaSeconds(const Row &row)
{
    if (row.state != State::Running || row.total <= 0 || row.speed < 1)
        return -1;
    return qint64(double(row.total - row.done) / row.speed + 0.5);
}

QString TransferModel::title(const Row &row) const
{
    const TransferRequest &q = row.request;
    switch (q.kind) {
    case TransferRequest::Kind::Pull:
        return tr("Pull %1 to %2").arg(q.from.toString(), QDir::toNativeSeparators(q.path));
    case TransferRequest::Kind::Push:
        return tr("Push %1 to %2").arg(QDir::toNativeSeparators(q.path), q.to.toString());
    case TransferRequest::Kind::Copy:
        return tr("Copy %1 to %2").arg(q.from.toString(), q.to.toString());
    }
    return {};
}

QString TransferModel::detail(const Row &row) const
{
    switch (row.state) {
    case State::Queued:
        return tr("Waiting for another transfer to finish…");
    case State::Running: {
        if (row.total <= 0)
            return tr("Reading the manifests…");
        QString text = tr("%1 of %2").arg(Format::size(row.done), Format::size(row.total));
        if (row.blobsTotal > 1)
            text += u"  ·  "_s + tr("%1 of %2 blobs").arg(row.blobsDone).arg(row.blobsTotal);
        if (row.speed >= 1)
            text += u"  ·  "_s + tr("%1/s").arg(Format::size(qint64(row.speed)));
        if (const qint64 eta = etaSeconds(row); eta >= 0)
            text += u"  ·  "_s + tr("%1 left").arg(duration(eta));
        return text;
    }
    case State::Done:
        return tr("Done: %1 in %2").arg(Format::size(row.total), duration(row.elapsedMs / 1000));
    case State::Failed:
        return tr("Failed: %1").arg(row.error.message);
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return title(row);
    case Qt::ToolTipRole:
        return row.state == State::Failed ? title(row) + u'\n' + row.error.message : title(row);
    case Qt::DecorationRole:
        switch (row.request.kind) {
        case TransferRequest::Kind::Pull: return icon(IconId::Pull);
        case TransferRequest::Kind::Push: return icon(IconId::Push);
        case TransferRequest::Kind::Copy: return icon(IconId::Copy);
        }
        return {};
    case StateRole: return int(row.state);
    case KindRole: return int(row.request.kind);
    case BytesDoneRole: return row.done;
    case BytesTotalRole: return row.total;
    case SpeedRole: return row.speed;
    case EtaRole: return etaSeconds(row);
    case ProgressRole:
        if (row.state == State::Done)
            return 1000;
        return row.total > 0 ? int(row.done * 1000 / row.total) : -1;
    case DetailRole: return detail(row);
    case ErrorRole: return row.error.message;
    case OutputPathRole:
        return row.state == State::Done && row.request.kind == TransferRequest::Kind::Pull ? row.request.path : QString();
    case DigestRole: return row.digest;
    case FinishedRole: return row.state == State::Done || row.state == State::Failed || row.state == State::Cancelled;
    default: return {};
    }
}

QHash<int, QByteArray> TransferModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(KindRole, "kind");
    names.insert(BytesDoneRole, "bytesDone");
    names.insert(BytesTotalRole, "bytesTotal");
    names.insert(SpeedRole, "speed");
    names.insert(EtaRole, "eta");
    names.insert(ProgressRole, "progress");
    names.insert(DetailRole, "detail");
    names.insert(ErrorRole, "error");
    names.insert(OutputPathRole, "outputPath");
    names.insert(DigestRole, "digest");
    names.insert(FinishedRole, "finished");
    return names;
}

} // namespace berth
