import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../../../test/render-with-providers';
import { SEARCH_DEBOUNCE_MS } from '../hooks/use-debounced-search';
import { TaskSearchBox } from './TaskSearchBox';

const wait = (ms: number) =>
  act(() => {
    jest.advanceTimersByTime(ms);
  });

describe(TaskSearchBox.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const setup = (value?: string) => {
    const onSearch = jest.fn();
    renderWithProviders(<TaskSearchBox value={value} onSearch={onSearch} />);
    return { onSearch, input: screen.getByLabelText('关键词') as HTMLInputElement };
  };

  it('searches once typing pauses, not on every key', async () => {
    const { onSearch, input } = setup();
    fireEvent.change(input, { target: { value: '算' } });
    await wait(100);
    fireEvent.change(input, { target: { value: '算力' } });
    await wait(SEARCH_DEBOUNCE_MS - 1);
    expect(onSearch).not.toHaveBeenCalled();
    await wait(1);
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenCalledWith('算力');
  });

  it('never searches for the pinyin an input method is still composing', async () => {
    const { onSearch, input } = setup();
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'suan' } });
    fireEvent.change(input, { target: { value: "suan'li" } });
    await wait(SEARCH_DEBOUNCE_MS * 3);
    // Enter confirms the IME candidate; it is not a search.
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true, keyCode: 229 });
    expect(onSearch).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '算力' } });
    fireEvent.compositionEnd(input);
    expect(input.value).toBe('算力');
    await wait(SEARCH_DEBOUNCE_MS);
    expect(onSearch.mock.calls).toEqual([['算力']]);
  });

  it('searches at once on Enter, and only when the text changed', () => {
    const { onSearch, input } = setup('算力');
    fireEvent.change(input, { target: { value: '算力 枢纽 ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSearch.mock.calls).toEqual([['算力 枢纽']]);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSearch).toHaveBeenCalledTimes(1);
  });

  it('clears the search when the box is emptied', async () => {
    const { onSearch, input } = setup('算力');
    fireEvent.change(input, { target: { value: '' } });
    await wait(SEARCH_DEBOUNCE_MS);
    expect(onSearch.mock.calls).toEqual([[undefined]]);
  });

  it('shows the text of the URL when it changes elsewhere (back button, clear filters)', () => {
    const Harness = () => {
      const [value, setValue] = useState<string | undefined>('算力');
      return (
        <>
          <TaskSearchBox value={value} onSearch={setValue} />
          <button type="button" onClick={() => setValue(undefined)}>
            clear
          </button>
        </>
      );
    };
    renderWithProviders(<Harness />);
    const input = screen.getByLabelText('关键词') as HTMLInputElement;
    expect(input.value).toBe('算力');
    fireEvent.click(screen.getByRole('button', { name: 'clear' }));
    expect(input.value).toBe('');
  });
});
