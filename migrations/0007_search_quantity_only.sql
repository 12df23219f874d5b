-- Reservations, collections and expiries change only how much of a lot is left. Such a change of a
-- lot that stays searchable now updates that one column of its lot_search row, rather than
-- rebuilding the row with its three tsvectors; the row keeps its indexed values, so the update can
-- stay on its page (HOT). Every other change, and a lot that runs out or comes back, is rebuilt as before.
CREATE OR REPLACE FUNCTION lots_search_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  quantity_only uuid[];
BEGIN
  WITH changed AS (
    SELECT n.id, n.quantity - n.reserved_quantity AS left_now
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.quantity, n.reserved_quantity) IS DISTINCT FROM (o.quantity, o.reserved_quantity)
      AND (n.title, n.description, n.category_id, n.project_id, n.unit, n.condition, n.price_dkk,
           n.available_from, n.pick_up_by, n.status, n.published_at, n.deleted_at)
        IS NOT DISTINCT FROM (o.title, o.description, o.category_id, o.project_id, o.unit, o.condition, o.price_dkk,
           o.available_from, o.pick_up_by, o.status, o.published_at, o.deleted_at)
  ), updated AS (
    UPDATE lot_search s SET quantity_left = c.left_now
    FROM changed c
    WHERE s.lot_id = c.id AND c.left_now > 0
    RETURNING s.lot_id
  )
  SELECT array_agg(lot_id ORDER BY lot_id) INTO quantity_only FROM updated;
  PERFORM search_outbox_touch(quantity_only);
  PERFORM lot_search_refresh(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.title, n.description, n.category_id, n.project_id, n.quantity, n.reserved_quantity, n.unit, n.condition, n.price_dkk,
           n.available_from, n.pick_up_by, n.status, n.published_at, n.deleted_at)
      IS DISTINCT FROM (o.title, o.description, o.category_id, o.project_id, o.quantity, o.reserved_quantity, o.unit, o.condition, o.price_dkk,
           o.available_from, o.pick_up_by, o.status, o.published_at, o.deleted_at)
      AND NOT (n.id = ANY(coalesce(quantity_only, '{}'::uuid[])))));
  INSERT INTO wanted_alert_queue (lot_id)
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status = 'published' AND o.status <> 'published'
    ON CONFLICT (lot_id) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Room on each page for the next version of a row, so that those updates find it there.
ALTER TABLE lot_search SET (fillfactor = 85);
