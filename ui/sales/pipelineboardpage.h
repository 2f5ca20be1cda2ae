// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/pipelineboard.h"

#include <QAbstractListModel>
#include <QDialog>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QListView;

namespace trato {

class Database;

// One column of the board: the cards of a stage. Cards drag out as their opportunity id; a drop
// asks the board (cardDropped) to move the card here, after the drag has ended.
class PipelineColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr const char *kMimeType = "application/x-trato-opportunity";
    enum Roles { IdRole = Qt::UserRole + 1, StalledRole, NameRole, AccountRole, FiguresRole, OwnerRole, LateRole };

    explicit PipelineColumnModel(const PipelineColumn &column, QObject *parent = nullptr);
    const PipelineColumn &column() const { return m_column; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void cardDropped(const QString &opportunityId, const QString &stageId);

private:
    PipelineColumn m_column;
};

// Asks why an opportunity was lost: the lost_reason options of the opportunity entity.
class LostReasonDialog : public QDialog
{
    Q_OBJECT
public:
    LostReasonDialog(Database &db, const QString &opportunityName, QWidget *parent = nullptr);
    QString reason() const; // the option key
    void setReason(const QString &key);

private:
    QComboBox *m_reason;
};

// Sales › Pipeline: one column per stage of the chosen pipeline with its cards and exact totals
// (count, amount, weighted), filtered by owner and expected close. Loads on a worker
// (PipelineBoard::load); dragging a card to another column changes its stage through RecordStore
// (a lost stage asks the reason first; a refusal shows why and the card snaps back); double-click
// opens the opportunity (openRecord, connected by ModulePage).
class PipelineBoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineBoardPage(Database &db, QWidget *parent = nullptr);

    // Cards per column (the rest are counted in "+ K more"; the totals count every one).
    void setCardLimit(int limit) { m_cardLimit = limit; }
    // Who answers "why was it lost?" (tests replace the dialog); returns the reason key, or empty
    // to cancel the move.
    using LostReasonAsker = std::function<QString(const QString &opportunityName)>;
    void setLostReasonAsker(LostReasonAsker asker) { m_askLostReason = std::move(asker); }

    void reload();
    bool isLoading() const { return m_loading; }
    const PipelineBoardData &data() const { return m_data; }
    PipelineColumnModel *columnModel(int column) const;
    QString message() const;
    // Moves a card as a drop would (the lost-reason question included); false when refused.
    bool moveCard(const QString &opportunityId, const QString &stageId);

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(const QList<PipelineInfo> &pipelines, const PipelineBoardData &data);
    void rebuildColumns();

    Database &m_db;
    QComboBox *m_pipeline;
    QComboBox *m_owner;
    QCheckBox *m_closeFilter;
    QDateEdit *m_closeFrom;
    QDateEdit *m_closeTo;
    QLabel *m_summary;
    QLabel *m_message;
    QWidget *m_columnsHost;
    QHBoxLayout *m_columns;
    QList<PipelineColumnModel *> m_models;
    PipelineBoardData m_data;
    LostReasonAsker m_askLostReason;
    int m_cardLimit = 60;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_loadedOnce = false;
    bool m_updatingFilters = false;
};

} // namespace trato
