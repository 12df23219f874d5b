import { Button, FileButton, Stack, Text } from '@mantine/core';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import classes from './file-drop-zone.module.css';

export interface FileDropZoneProps {
  /** The file input's accept attribute, e.g. "image/jpeg,image/png". */
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  /** What to drop, e.g. "Træk billeder hertil". */
  title: string;
  hint?: ReactNode;
  buttonLabel: string;
  disabled?: boolean;
}

/**
 * Drop files here, or choose them with the button (the keyboard and screen-reader way in).
 * The caller checks types and sizes: `accept` only guides the file chooser.
 */
export function FileDropZone({ accept, multiple = false, onFiles, title, hint, buttonLabel, disabled = false }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  // Clears the input after each pick, so that choosing the same file again still counts.
  const reset = useRef<() => void>(null);

  const dragOver = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <div
      className={classes.zone}
      data-over={over || undefined}
      data-disabled={disabled || undefined}
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Stack gap="xs" align="center">
        <Text fw={600} ta="center">
          {title}
        </Text>
        {hint && (
          <Text size="sm" c="dimmed" ta="center">
            {hint}
          </Text>
        )}
        <FileButton
          multiple={multiple}
          accept={accept}
          disabled={disabled}
          resetRef={reset}
          onChange={(picked: File | File[] | null) => {
            const files = picked === null ? [] : Array.isArray(picked) ? picked : [picked];
            if (files.length > 0) onFiles(files);
            reset.current?.();
          }}
        >
          {(props) => (
            <Button variant="default" disabled={disabled} {...props}>
              {buttonLabel}
            </Button>
          )}
        </FileButton>
      </Stack>
    </div>
  );
}
