// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsdialog.h"

#include "util/dialogs.h"

#include "metadata/value.h"
#include "store/database.h"
#include "sync/valuecodec.h"
#include "util/background.h"
#include "util/hlc.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

ConflictsDialog::ConflictsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_showResolved(new QCheckBox(tr("Show &resolved")))
    , m_summary(new QLabel)
    , m_keep(new QPushButton(tr("&Keep")))
    , m_restore(new QPushButton(tr("Re&store")))
    , m_open(new QPushButton(tr("&Open record")))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    setAccessibleName(windowTitle());
    resize(1040, 460);

    auto *intro = new QLabel(tr("When two people change the same field while apart, everybody gets the later change and "
                                "the other value is kept here. <b>Keep</b> accepts the value everybody has now; "
                                "<b>Restore</b> writes the kept value back, for everybody at the next sync."));
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("conflictsSummary"));
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Value now"), tr("Who and when"), tr("Value kept aside"),
                                        tr("Who and when (kept)"), tr("Why"), tr("Resolution")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(ResolutionColumn, true);
    m_showResolved->setObjectName(QStringLiteral("showResolved"));
    m_keep->setObjectName(QStringLiteral("keepConflict"));
    m_keep->setToolTip(tr("Accept the value everybody has now and close the conflict"));
    m_restore->setObjectName(QStringLiteral("restoreConflict"));
    m_restore->setToolTip(tr("Write the kept value back: it reaches everybody at the next sync"));
    m_open->setObjectName(QStringLiteral("openConflictRecord"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keep);
    actions->addWidget(m_restore);
    actions->addWidget(m_open);
    actions->addStretch();
    actions->addWidget(m_showResolved);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, &ConflictsDialog::keepSelected);
    connect(m_restore, &QPushButton::clicked, this, &ConflictsDialog::restoreSelected);
    connect(m_open, &QPushButton::clicked, this, &ConflictsDialog::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ConflictsDialog::openSelected);
    connect(m_showResolved, &QCheckBox::toggled, this, [this](bool on) {
        m_table->setColumnHidden(ResolutionColumn, !on);
        reload();
    });
    // A sync that brings new conflicts, or a resolution elsewhere, shows here at once.
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("sync_conflict") && !m_loading)
            reload();
    });
    updateButtons();
    reload();
}

QString ConflictsDialog::reasonText(const QString &reason)
{
    if (reason == QLatin1String("concurrent"))
        return tr("Edited by two people");
    if (reason == QLatin1String("denied"))
        return tr("Refused by the server: no rights");
    if (reason == QLatin1String("deleted"))
        return tr("Edited after it was deleted");
    return reason;
}

QString ConflictsDialog::whoAndWhen(const QString &user, const QString &hlc)
{
    HlcStamp stamp;
    QString when;
    if (HlcStamp::parse(hlc, &stamp) && stamp.ms > 0)
        when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(stamp.ms)).toLocalTime(), QLocale::ShortFormat);
    if (user.isEmpty())
        return when;
    return when.isEmpty() ? user : tr("%1 · %2").arg(user, when);
}

void ConflictsDialog::reload()
{
    m_loading = true;
    const bool resolved = m_showResolved->isChecked();
    runInBackground(
        m_db, this, [resolved](Database &db) { return SyncConflicts(db).list(resolved); },
        [this](Result<QList<SyncConflict>> result) {
            m_loading = false;
            m_conflicts = result ? result.value() : QList<SyncConflict>();
            fill();
            if (!result)
                m_summary->setText(result.error().message);
        });
}

QString ConflictsDialog::valueText(const SyncConflict &c, const QString &json) const
{
    if (c.field == QLatin1String("deleted"))
        return ValueCodec::fromText(json).toLongLong() != 0 ? tr("Deleted") : tr("Not deleted");
    const Entity *entity = m_db.registry()->entity(c.entity);
    const Field *field = entity ? entity->field(c.field) : nullptr;
    if (!field)
        return ValueCodec::display(json);
    const QString text = Value::display(*field, ValueCodec::fromText(json));
    return text.isEmpty() ? tr("(empty)") : text;
}

void ConflictsDialog::fill()
{
    const QString selectedId = selectedRow() >= 0 ? m_conflicts.value(selectedRow()).id : QString();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_conflicts.size()));
    int open = 0, reselect = -1;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const SyncConflict &c = m_conflicts.at(row);
        if (c.resolution.isEmpty())
            ++open;
        if (c.id == selectedId)
            reselect = row;
        const Entity *entity = m_db.registry()->entity(c.entity);
        const Field *field = entity ? entity->field(c.field) : nullptr;
        const QString entityLabel = entity ? entity->displayLabel() : c.entity;
        const QString title = c.recordTitle.isEmpty() ? tr("%1 (not on this computer)").arg(entityLabel)
                                                      : tr("%1 (%2)").arg(c.recordTitle, entityLabel);
        QString fieldLabel = field ? field->displayLabel() : c.field;
        if (c.field == QLatin1String("deleted"))
            fieldLabel = tr("Deleted");
        QString resolution;
        if (c.resolution == QLatin1String("kept"))
            resolution = tr("Kept the value now");
        else if (c.resolution == QLatin1String("restored"))
            resolution = tr("Restored the kept value");
        const QStringList cells{title,
                                fieldLabel,
                                valueText(c, c.winnerValue),
                                whoAndWhen(c.winnerUser, c.winnerHlc),
                                valueText(c, c.loserValue),
                                whoAndWhen(c.loserUser, c.loserHlc),
                                reasonText(c.reason),
                                resolution};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (!c.resolution.isEmpty())
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int col = 0; col < ReasonColumn; ++col)
        m_table->setColumnWidth(col, qMin(m_table->columnWidth(col), 260));
    if (reselect >= 0)
        m_table->selectRow(reselect);
    else if (!m_conflicts.isEmpty())
        m_table->selectRow(0);
    m_summary->setText(open == 0 ? tr("No open conflicts.")
                                     : open == 1 ? tr("1 open conflict.") : tr("%1 open conflicts.").arg(Value::formatInteger(open)));
    updateButtons();
}

int ConflictsDialog::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void ConflictsDialog::updateButtons()
{
    const int row = selectedRow();
    const bool open = row >= 0 && row < m_conflicts.size() && m_conflicts.at(row).resolution.isEmpty();
    m_keep->setEnabled(open);
    m_restore->setEnabled(open && m_conflicts.at(row).reason != QLatin1String("denied"));
    m_open->setEnabled(row >= 0 && row < m_conflicts.size() && !m_conflicts.at(row).recordTitle.isEmpty());
}

void ConflictsDialog::keepSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    if (Status s = SyncConflicts(m_db).keep(m_conflicts.at(row).id); !s) {
        Dialogs::error(this, tr("Keep"), s.error().message);
        return;
    }
    Q_EMIT resolved();
    reload();
}

void ConflictsDialog::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    if (Status s = SyncConflicts(m_db).restore(m_conflicts.at(row).id); !s) {
        Dialogs::error(this, tr("Restore"), s.error().message);
        return;
    }
    Q_EMIT resolved();
    reload();
}

void ConflictsDialog::openSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    Q_EMIT openRecordRequested(m_conflicts.at(row).entity, m_conflicts.at(row).recordId);
}

} // namespace trato
