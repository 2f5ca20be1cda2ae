// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentbar.h"

#include "filterdialog.h"

#include "util/dialogs.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "models/recordlistmodel.h"
#include "search/filter.h"
#include "search/segmentstore.h"
#include "store/database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace trato {

SegmentBar::SegmentBar(Database &db, const QString &entity, RecordListModel *model, QLineEdit *searchEdit, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
    , m_model(model)
    , m_search(searchEdit)
    , m_view(new QComboBox)
    , m_filter(new QToolButton)
    , m_active(new QLabel)
{
    setObjectName(QStringLiteral("segmentBar"));
    auto *viewLabel = new QLabel(tr("View:"));
    viewLabel->setBuddy(m_view);
    m_view->setObjectName(QStringLiteral("segmentCombo"));
    m_view->setAccessibleName(tr("View"));
    m_view->setToolTip(tr("All records or a saved segment"));
    // A steady width (long segment names elide) so the search box beside it keeps its room.
    m_view->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_view->setMinimumContentsLength(18);

    m_filter->setObjectName(QStringLiteral("filterButton"));
    m_filter->setText(tr("Filter…"));
    m_filter->setToolTip(tr("Filter this list by field values"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_filter);
    m_save = menu->addAction(tr("Save as segment…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as segment"), tr("Name of the segment:"), QLineEdit::Normal,
                                                   QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveAsSegment(name);
    });
    m_update = menu->addAction(tr("Save changes to the segment"), this, [this] { updateCurrentSegment(); });
    m_delete = menu->addAction(tr("Delete segment…"), this, [this] { deleteCurrentSegment(true); });
    menu->addSeparator();
    menu->addAction(tr("Clear filter"), this, [this] { selectSegment(QString()); });
    m_filter->setMenu(menu);
    connect(m_filter, &QToolButton::clicked, this, &SegmentBar::openFilterDialog);

    m_active->setObjectName(QStringLiteral("activeFilter"));
    m_active->setTextFormat(Qt::PlainText);
    m_active->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(viewLabel);
    layout->addWidget(m_view);
    layout->addWidget(m_filter);
    layout->addWidget(m_active, 1);

    connect(m_search, &QLineEdit::textChanged, this, &SegmentBar::updateActions);
    connect(m_view, &QComboBox::activated, this, [this] { selectSegment(m_view->currentData().toString()); });
    connect(&db, &Database::recordsChanged, this, [this](const QString &changed) {
        if (changed == QLatin1String(SegmentStore::kChangeName))
            reload();
    });
    connect(m_model, &RecordListModel::totalCountChanged, this, [this](qint64 total) {
        m_total = total;
        updateLabel();
    });
    reload();
    updateLabel();
}

QString SegmentBar::currentSegmentId() const
{
    return m_view->currentData().toString();
}

void SegmentBar::reload()
{
    const QString current = currentSegmentId();
    const Entity *e = m_db.registry()->entity(m_entity);
    const QSignalBlocker block(m_view);
    m_view->clear();
    m_view->addItem(tr("All %1").arg(e ? e->displayPluralLabel().toLower() : m_entity), QString());
    auto segments = SegmentStore(m_db).list(m_entity);
    if (segments) {
        for (const Segment &s : segments.value())
            m_view->addItem(s.name, s.id);
    } else {
        Q_EMIT message(segments.error().message);
    }
    const int at = m_view->findData(current);
    m_view->setCurrentIndex(qMax(0, at));
    if (at < 0 && !current.isEmpty())
        m_segmentConditions.clear(); // deleted elsewhere: the list keeps its filter, as a custom one
    updateActions();
}

bool SegmentBar::selectSegment(const QString &id)
{
    const int at = m_view->findData(id);
    if (at < 0)
        return false;
    m_view->setCurrentIndex(at);
    if (id.isEmpty()) {
        m_segmentConditions.clear();
        m_model->setConditions({});
        m_search->clear();
    } else {
        auto s = SegmentStore(m_db).get(id);
        if (!s) {
            Q_EMIT message(s.error().message);
            return false;
        }
        m_segmentConditions = s.value().conditions;
        m_model->setSort(s.value().sortField, s.value().descending);
        m_model->setConditions(s.value().conditions);
        m_search->setText(s.value().search);
    }
    updateLabel();
    updateActions();
    return true;
}

void SegmentBar::applyConditions(const QList<Condition> &conditions)
{
    m_model->setConditions(conditions);
    updateLabel();
    updateActions();
}

void SegmentBar::openFilterDialog()
{
    FilterDialog dialog(m_db, m_entity, m_model->conditions(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyConditions(dialog.conditions());
}

bool SegmentBar::saveAsSegment(const QString &name)
{
    const ListQuery &q = m_model->listQuery();
    Segment s;
    s.entity = m_entity;
    s.name = name;
    s.conditions = q.conditions;
    s.search = m_search->text().trimmed();
    s.sortField = q.sortField;
    s.descending = q.descending;
    auto id = SegmentStore(m_db).add(s);
    if (!id) {
        Dialogs::error(this, tr("Save as segment"), id.error().message);
        return false;
    }
    reload();
    m_view->setCurrentIndex(m_view->findData(id.value()));
    m_segmentConditions = s.conditions;
    updateLabel();
    updateActions();
    Q_EMIT message(tr("Saved the segment \"%1\".").arg(s.name.trimmed()));
    return true;
}

bool SegmentBar::updateCurrentSegment()
{
    const QString id = currentSegmentId();
    if (id.isEmpty())
        return false;
    SegmentStore store(m_db);
    auto s = store.get(id);
    if (!s)
        return false;
    Segment changed = s.value();
    const ListQuery &q = m_model->listQuery();
    changed.conditions = q.conditions;
    changed.search = m_search->text().trimmed();
    changed.sortField = q.sortField;
    changed.descending = q.descending;
    const Status ok = store.update(changed);
    if (!ok) {
        Dialogs::error(this, tr("Save changes to the segment"), ok.error().message);
        return false;
    }
    m_segmentConditions = changed.conditions;
    updateLabel();
    updateActions();
    return true;
}

bool SegmentBar::deleteCurrentSegment(bool askFirst)
{
    const QString id = currentSegmentId();
    if (id.isEmpty())
        return false;
    const QString name = m_view->currentText();
    if (askFirst && !Dialogs::confirm(this, tr("Delete segment"),
                                      tr("Delete the segment \"%1\"? Its records stay; only the saved filter goes.").arg(name),
                                      tr("Delete segment")))
        return false;
    const Status ok = SegmentStore(m_db).remove(id);
    if (!ok) {
        Dialogs::error(this, tr("Delete segment"), ok.error().message);
        return false;
    }
    selectSegment(QString());
    Q_EMIT message(tr("Deleted the segment \"%1\".").arg(name));
    return true;
}

void SegmentBar::updateLabel()
{
    const Entity *e = m_db.registry()->entity(m_entity);
    const QList<Condition> conditions = m_model->conditions();
    if (conditions.isEmpty() || !e) {
        m_active->clear();
        m_active->setToolTip(QString());
        return;
    }
    QStringList parts;
    for (const Condition &c : conditions)
        parts << Filter::describe(*e, c);
    QString text = parts.join(QStringLiteral(" · "));
    if (!currentSegmentId().isEmpty() && conditions != m_segmentConditions)
        text = tr("%1 (changed)").arg(text);
    m_active->setToolTip(text);
    if (m_total >= 0)
        text = tr("%1 — %2 records").arg(text, Value::formatInteger(m_total));
    const QFontMetrics metrics(m_active->font());
    m_active->setText(metrics.elidedText(text, Qt::ElideMiddle, 520));
}

void SegmentBar::updateActions()
{
    const bool segment = !currentSegmentId().isEmpty();
    m_update->setEnabled(segment);
    m_delete->setEnabled(segment);
    m_save->setEnabled(!m_model->conditions().isEmpty() || !m_search->text().trimmed().isEmpty());
}

} // namespace trato
