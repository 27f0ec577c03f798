#pragma once
// Every pull, push and copy of this session, one row each: state, bytes, speed and ETA as the
// TransferRunner reports them from the transfer thread; cancel, retry and clear finished.

#include "transferrequest.h"

#include "core/error.h"

#include <QAbstractListModel>
#include <QElapsedTimer>

#include <vector>

namespace berth {

class TransferRunner;

class TransferModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferModel)
public:
    enum class State { Queued, Running, Done, Failed, Cancelled };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, // State as int
        KindRole,         // TransferRequest::Kind as int
        BytesDoneRole,
        BytesTotalRole,
        SpeedRole,        // bytes per second (double)
        EtaRole,          // seconds left, -1 when unknown
        ProgressRole,     // 0..1000, -1 while the total is unknown
        DetailRole,       // the line under the title: bytes, speed, ETA, or the outcome
        ErrorRole,        // the one-line error of a failed transfer
        OutputPathRole,   // a finished pull's folder or archive
        DigestRole,       // what was written or pushed
        FinishedRole,     // done, failed or cancelled (bool)
    };
    Q_ENUM(Role)

    // runner: not owned; its signals feed this model.
    explicit TransferModel(TransferRunner *runner, QObject *parent = nullptr);
    ~TransferModel() override;

    // Adds a row and hands the request to the runner; returns the row.
    int start(const TransferRequest &request);
    bool canCancel(int row) const;
    void cancel(int row);
    bool canRetry(int row) const;
    void retry(int row);
    void cancelAll();
    void clearFinished();
    // Queued or running transfers.
    int activeCount() const;
    const TransferRequest &request(int row) const { return m_rows.at(size_t(row)).request; }
    State state(int row) const { return m_rows.at(size_t(row)).state; }

    // Emits dataChanged for every row after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A transfer ended (done, failed or cancelled); the row may move later (clearFinished).
    void transferFinished(int row);
    void activeCountChanged(int count);

private:
    struct Row {
        quint64 id = 0;
        TransferRequest request;
        State state = State::Queued;
        qint64 done = 0;
        qint64 total = 0;
        double speed = 0;
        int blobsDone = 0;
        int blobsTotal = 0;
        Error error;
        QString digest;
        QElapsedTimer clock;     // started with the transfer
        qint64 elapsedMs = 0;    // frozen at the end
    };

    int rowOf(quint64 id) const;
    void changed(int row);
    void launch(Row &row);
    QString title(const Row &row) const;
    QString detail(const Row &row) const;
    static qint64 etaSeconds(const Row &row);

    TransferRunner *m_runner;
    std::vector<Row> m_rows;
    quint64 m_nextId = 1;
};

} // namespace berth
